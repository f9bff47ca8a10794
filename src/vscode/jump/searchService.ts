/**
 * The workspace's one search index. Starts from the cached index at once (so the jump box
 * has an index before the corpus is parsed), attaches the corpus documents when they are
 * ready (re-indexing only changed files), then follows the corpus one file at a time, the
 * knowledge base (entity names) and the annotations (rows, tags, links). The cache is
 * rewritten, debounced, after indexing and after changes.
 */
import * as vscode from 'vscode';
import { displayLanguage } from '../locale';
import { createJumpIndex, findRelated, type JumpHit, type JumpIndex, type JumpQueryOptions, type PassageRef, type RelatedHit, type SearchLink } from '../../core/search';
import { toSearchDoc } from '../../core/search/fromCorpus';
import { toSearchEntities } from '../../core/search/fromKnowledge';
import { searchTags, toSearchAnnotations, toSearchLinks } from '../../core/search/fromAnnotations';
import { boostByDocumentTitle } from '../../core/search/documentBoost';
import { memoSearchRows } from '../../core/search/fromMemos';
import { loadDocumentMemos } from '../analysis/memos';
import { annotationsSessionOf, type AnnotationsSession } from '../annotations/session';
import type { Corpus, LensChange, LensService } from '../service';
import { IndexCache, ms } from './indexCache';
import { citationContributor } from '../../core/citations/modelBoosts';

const SAVE_DELAY_MS = 2000;
const ANNOTATIONS_DELAY_MS = 300;

const services = new WeakMap<LensService, SearchService>();

/** The search service registered for a lens service (for the annotations link picker). */
export function searchServiceOf(service: LensService): SearchService | undefined {
  return services.get(service);
}

export class SearchService implements vscode.Disposable {
  private jump: JumpIndex = createJumpIndex();
  private indexed = false;
  private linkList: SearchLink[] = [];
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires when the index changed (first indexing done, a file changed, annotations changed). */
  readonly onDidUpdate = this.updated.event;
  private readonly cache: IndexCache;
  private readonly disposables: vscode.Disposable[] = [this.updated];
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private annotationsTimer: ReturnType<typeof setTimeout> | undefined;
  private memoGeneration = 0;
  private readonly firstIndex: Promise<void>;
  private resolveFirst!: () => void;
  /** Query timings (ms) since start, for the log. */
  private readonly timings: number[] = [];

  constructor(readonly service: LensService, storage: vscode.Uri | undefined) {
    this.cache = new IndexCache(storage, service.log);
    this.firstIndex = new Promise((r) => { this.resolveFirst = r; });
    services.set(service, this);
    this.disposables.push(service.onDidChange((c) => this.onChange(c)));
    void this.start();
  }

  /** Whether the corpus has been indexed at least once. */
  get isReady(): boolean {
    return this.indexed;
  }

  /** Resolves once the corpus was indexed (or could not be). */
  whenReady(): Promise<void> {
    return this.firstIndex;
  }

  get index(): JumpIndex {
    return this.jump;
  }

  /** Annotation links, for related-passage ranking. */
  links(): readonly SearchLink[] {
    return this.linkList;
  }

  /**
   * Statements related to a passage, ranked the same way wherever they are shown (the
   * Related view, link suggestions): entity names in the display language, entity kinds for
   * weighting, annotation links. Empty until the index and the corpus are ready.
   */
  related(ref: PassageRef, limit: number): RelatedHit[] {
    const kb = this.service.current()?.kb;
    if (!kb || !this.isReady) return [];
    const entityName = (id: string): string => {
      const e = kb.get(id);
      return e ? kb.displayName(e, displayLanguage()) : id;
    };
    const entityKind = (id: string): string | undefined => kb.get(id)?.kind;
    const contributors = [citationContributor(this.service.current()?.model)];
    return findRelated(this.jump, ref, { limit, links: this.linkList, entityName, entityKind, contributors });
  }

  /** Ranked jump rows; near-ties prefer documents whose title names a query term. */
  query(value: string, opts: JumpQueryOptions = {}): { hits: JumpHit[]; ms: number } {
    const started = performance.now();
    const model = this.service.current()?.model;
    const hits = boostByDocumentTitle(this.jump.query(value, opts), value, (p) => model?.get(p)?.meta.title);
    const took = performance.now() - started;
    this.timings.push(took);
    this.service.log.trace(`Search: "${value}" → ${hits.length} rows in ${took.toFixed(1)} ms`);
    if (this.timings.length % 50 === 0) this.logTimings();
    return { hits, ms: took };
  }

  /** Median and worst query time so far, to the log. */
  logTimings(): void {
    if (!this.timings.length) return;
    const sorted = [...this.timings].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1];
    this.service.log.info(`Search: ${sorted.length} queries, median ${median.toFixed(1)} ms, slowest ${sorted[sorted.length - 1].toFixed(1)} ms`);
  }

  private async start(): Promise<void> {
    const cached = await this.cache.load();
    // Indexing may already have finished while the cache was read; keep what is newer.
    if (cached && !this.indexed) this.jump = cached;
    const corpus = await this.service.ready();
    if (corpus) this.rebuild(corpus);
    this.resolveFirst();
    const session = annotationsSessionOf(this.service);
    if (session) await this.followAnnotations(session);
  }

  /** Make the index hold the corpus's documents and entities; unchanged files are reused. */
  private rebuild(corpus: Corpus): void {
    const started = performance.now();
    const stats = this.jump.setDocuments(corpus.model.documents().map(toSearchDoc));
    this.jump.setEntities(toSearchEntities(corpus.kb.all(), displayLanguage()));
    this.service.log.info(`Search index: ${stats.indexed} documents indexed, ${stats.reused} reused from cache, ${stats.removed} removed in ${ms(started)}`);
    this.indexed = true;
    this.updated.fire();
    if (stats.indexed || stats.removed) this.scheduleSave();
  }

  private onChange(change: LensChange): void {
    const corpus = this.service.current();
    if (!corpus || !this.indexed) return;
    if ('reset' in change) {
      this.rebuild(corpus);
      return;
    }
    if ('knowledge' in change) {
      // Mentions changed in every document; texts did not, so nothing is re-indexed.
      this.rebuild(corpus);
      return;
    }
    const started = performance.now();
    for (const path of [...change.added, ...change.changed]) {
      const doc = corpus.model.get(path);
      if (doc) this.jump.updateDocument(toSearchDoc(doc));
    }
    for (const path of change.removed) this.jump.removeDocument(path);
    const n = change.added.length + change.changed.length + change.removed.length;
    if (n === 0) return;
    this.service.log.info(`Search index: ${n} file(s) updated in ${ms(started)}`);
    this.updated.fire();
    this.scheduleSave();
  }

  private async followAnnotations(session: AnnotationsSession): Promise<void> {
    await session.ready;
    this.feedAnnotations(session);
    const refeed = (): void => {
      clearTimeout(this.annotationsTimer);
      this.annotationsTimer = setTimeout(() => this.feedAnnotations(session), ANNOTATIONS_DELAY_MS);
    };
    // Document memos are files of their own: a memo written or edited is searchable at once.
    const memos = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(session.files.root, '.policylens/memos/**'));
    this.disposables.push(session.onDidChange(refeed), memos, memos.onDidCreate(refeed), memos.onDidChange(refeed), memos.onDidDelete(refeed));
  }

  private feedAnnotations(session: AnnotationsSession): void {
    const all = session.all();
    const spanOf = (a: Parameters<AnnotationsSession['spanOf']>[0]) => session.spanOf(a);
    const rows = toSearchAnnotations(all, spanOf);
    this.jump.setAnnotations(rows);
    this.jump.setTags(searchTags(all, session.codebook.tags().filter((t) => !t.implied).map((t) => t.id)));
    this.linkList = toSearchLinks(all, spanOf);
    this.updated.fire();
    void this.feedMemos(session, rows, ++this.memoGeneration);
  }

  /** Memos on codes and documents as extra annotation rows (read after the annotations). */
  private async feedMemos(session: AnnotationsSession, rows: ReturnType<typeof toSearchAnnotations>, generation: number): Promise<void> {
    const documents = await loadDocumentMemos(session.files).catch(() => new Map<string, string>());
    const codes = session.codebook.tags().flatMap((t) => (t.memo ? [{ id: t.id, memo: t.memo }] : []));
    const memoRows = memoSearchRows(codes, documents);
    if (generation !== this.memoGeneration || memoRows.length === 0) return;
    this.jump.setAnnotations([...rows, ...memoRows]);
    this.updated.fire();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => { this.saveTimer = undefined; void this.cache.save(this.jump); }, SAVE_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.annotationsTimer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.cache.save(this.jump);
    }
    this.logTimings();
    for (const d of this.disposables) d.dispose();
  }
}
