/**
 * The corpus model: every document of the workspace with its parse, mentions and metadata,
 * kept current one file at a time. Loading yields to the event loop so an editor stays
 * responsive; a change to one file re-reads and re-parses that file only; a catalog change
 * recomputes metadata only for the entries that changed. Files that cannot be read as text
 * are listed with a reason, never dropped silently.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { FilePort, safeRelativePath } from '../ports';
import { decodeBytes } from '../text/decode';
import type { Encoding, Problem } from '../types';
import { Catalog, CatalogEntry, DEFAULT_CATALOG_PATH, EMPTY_CATALOG, parseCatalog } from './catalog';
import { buildDocument, CorpusDocument, withKnowledge } from './document';
import { compileGlobs } from './glob';
import { contentHash } from './hash';
import { EntityMentionIndex } from '../knowledge/mentionIndex';
import { CorpusSnapshot, entryKey, knowledgeKey, restoreDocument, writeSnapshot } from './snapshot';
import { LineIndex } from '../text/lines';
import { formatBytes, yieldToEventLoop } from './pacing';
import { CitationIndex, citationsOfParsed } from '../citations/citationIndex';

export type { CorpusDocument } from './document';

export interface CorpusOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Files larger than this are skipped (with a reason). */
  readonly maxBytes: number;
  readonly catalogPath?: string;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{md,markdown,txt}'];
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '.policylens/**'];
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options with the defaults filled in where the caller left them out. */
export function corpusOptions(partial: Partial<CorpusOptions> = {}): CorpusOptions {
  return {
    include: partial.include ?? DEFAULT_INCLUDE,
    exclude: partial.exclude ?? DEFAULT_EXCLUDE,
    maxBytes: partial.maxBytes ?? DEFAULT_MAX_BYTES,
    catalogPath: partial.catalogPath ?? DEFAULT_CATALOG_PATH,
  };
}

/** A file the model does not hold as a document, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/** What changed: documents added, changed (content or metadata) or removed. */
export interface CorpusChange {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** Outcome of {@link CorpusModel.update} for one path. */
export type UpdateResult = 'added' | 'changed' | 'unchanged' | 'removed' | 'skipped' | 'ignored' | 'catalog';

/** Give the event loop a turn after this many milliseconds of work. */
const SLICE_MS = 12;
/** Files read concurrently during a load. */
const READ_BATCH = 8;

export class CorpusModel {
  private readonly docs = new Map<string, CorpusDocument>();
  private readonly skips = new Map<string, string>();
  private catalogState: Catalog = EMPTY_CATALOG;
  private readonly listeners = new Set<(change: CorpusChange) => void>();
  private readonly accepts: (path: string) => boolean;
  private readonly catalogPath: string;
  /** Serialises updates so two events for one file never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Derived views, valid until the next change of `docs` (see `invalidate`). */
  private sorted?: CorpusDocument[];
  private mentionsByEntity?: EntityMentionIndex;
  private citationIndex?: CitationIndex;
  /** During a load: what a previous session derived, reused for files whose text is unchanged. */
  private restoring?: CorpusSnapshot;

  private constructor(private readonly files: FilePort, private kb: KnowledgeBase, private readonly options: CorpusOptions) {
    this.accepts = compileGlobs(options.include, options.exclude);
    this.catalogPath = safeRelativePath(options.catalogPath ?? DEFAULT_CATALOG_PATH);
  }

  /** List, read and parse every matching file; `onProgress(done, total)` after each. */
  static async load(
    files: FilePort,
    kb: KnowledgeBase,
    options: CorpusOptions,
    onProgress?: (done: number, total: number) => void,
    snapshot?: CorpusSnapshot,
  ): Promise<CorpusModel> {
    const model = new CorpusModel(files, kb, options);
    if (snapshot?.knowledgeKey === knowledgeKey(kb)) model.restoring = snapshot;
    model.catalogState = await model.readCatalog();
    const paths = await files.listFiles(options.include, options.exclude);
    let sliceStart = Date.now();
    for (let i = 0; i < paths.length; i += READ_BATCH) {
      const batch = paths.slice(i, i + READ_BATCH);
      const loaded = await Promise.all(batch.map((p) => model.read(p)));
      for (let k = 0; k < batch.length; k++) {
        model.store(batch[k], loaded[k]);
        onProgress?.(i + k + 1, paths.length);
        if (Date.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
    }
    model.restoring = undefined;
    return model;
  }

  /** Bytes of a snapshot of every document, for the next {@link CorpusModel.load}. */
  snapshot(): Uint8Array {
    return writeSnapshot(this.documents(), knowledgeKey(this.kb), (p) => this.entry(p));
  }

  /** All documents, sorted by path (a fresh array; the sort is done once per change). */
  documents(): CorpusDocument[] {
    this.sorted ??= [...this.docs.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return this.sorted.slice();
  }

  /**
   * Every entity's mentions grouped by document (documents in path order), built on first
   * use after a change: hovers and reference lookups read one entity's list from it
   * instead of scanning the corpus.
   */
  mentionIndex(): EntityMentionIndex {
    return (this.mentionsByEntity ??= new EntityMentionIndex(this.documents()));
  }

  /**
   * Citations between documents — what each cites, what cites it — resolved against the
   * current documents and knowledge base; built on first use after a change (extraction
   * itself is done per file as it is read).
   */
  citations(): CitationIndex {
    return (this.citationIndex ??= new CitationIndex(this.documents(), this.kb));
  }

  /** Drop the derived views; called whenever a document is added, replaced or removed. */
  private invalidate(): void {
    this.sorted = undefined;
    this.mentionsByEntity = undefined;
    this.citationIndex = undefined;
  }

  get(path: string): CorpusDocument | undefined {
    return this.docs.get(normalise(path));
  }

  /** Files that matched the globs but are not documents (too large, binary, undecodable…). */
  skipped(): SkippedFile[] {
    return [...this.skips].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** The parsed catalog (empty when there is no catalog file). */
  catalog(): Catalog {
    return this.catalogState;
  }

  /** Catalog problems, skipped files (as warnings) and every document's problems. */
  problems(): Problem[] {
    const skipped = this.skipped().map((s): Problem => ({ path: s.path, severity: 'warning', message: `skipped: ${s.reason}` }));
    return [...this.catalogState.problems, ...skipped, ...this.documents().flatMap((d) => d.problems)];
  }

  /** Be told about every change; returns a function that stops the notifications. */
  onDidChange(listener: (change: CorpusChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-read one file after it was created or changed (or deleted: then it is removed). */
  update(path: string): Promise<UpdateResult> {
    return this.serialise(async () => {
      const p = normalise(path);
      if (p === this.catalogPath) {
        await this.reloadCatalogNow();
        return 'catalog';
      }
      if (!this.accepts(p)) return 'ignored';
      const before = this.docs.get(p);
      const loaded = await this.read(p);
      if (loaded === 'missing') return this.removeNow(p) ? 'removed' : 'ignored';
      const result = this.store(p, loaded);
      if (result === 'unchanged') return result;
      if (result === 'skipped') {
        if (before) this.emit({ added: [], changed: [], removed: [p] });
        return result;
      }
      this.emit(before ? { added: [], changed: [p], removed: [] } : { added: [p], changed: [], removed: [] });
      return result;
    });
  }

  /** Forget a file that was deleted; true when it was known. */
  remove(path: string): boolean {
    return this.removeNow(normalise(path));
  }

  /** Re-read the catalog; metadata is recomputed only for entries that changed. */
  reloadCatalog(): Promise<void> {
    return this.serialise(() => this.reloadCatalogNow());
  }

  /** Switch to another knowledge base: mentions and metadata are recomputed, files are not re-read. */
  setKnowledge(kb: KnowledgeBase): void {
    this.kb = kb;
    this.invalidate();
    for (const [path, doc] of this.docs) this.docs.set(path, withKnowledge(doc, kb, this.entry(path), this.catalogPath));
    if (this.docs.size) this.emit({ added: [], changed: [...this.docs.keys()].sort(), removed: [] });
  }

  private entry(path: string): CatalogEntry | undefined {
    return this.catalogState.documents.get(path);
  }

  private async readCatalog(): Promise<Catalog> {
    const stat = await this.files.stat(this.catalogPath);
    if (!stat) return EMPTY_CATALOG;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await this.files.readFile(this.catalogPath));
      return parseCatalog(text, this.catalogPath);
    } catch (e) {
      const message = `cannot read the catalog: ${e instanceof Error ? e.message : String(e)}`;
      return { documents: new Map(), problems: [{ path: this.catalogPath, severity: 'error', message }], broken: true };
    }
  }

  private async reloadCatalogNow(): Promise<void> {
    const old = this.catalogState;
    this.catalogState = await this.readCatalog();
    const changed: string[] = [];
    for (const [path, doc] of this.docs) {
      const before = old.documents.get(path);
      const after = this.catalogState.documents.get(path);
      if (entryKey(before) === entryKey(after)) continue;
      this.invalidate();
      this.docs.set(path, withKnowledge(doc, this.kb, after, this.catalogPath, true));
      changed.push(path);
    }
    this.emit({ added: [], changed: changed.sort(), removed: [] });
  }

  /** Read and decode one file, or say why not. */
  private async read(path: string): Promise<Loaded> {
    try {
      const stat = await this.files.stat(path);
      if (!stat) return 'missing';
      if (stat.size > this.options.maxBytes) {
        return { skipped: `too large (${formatBytes(stat.size)}; the limit is ${formatBytes(this.options.maxBytes)})` };
      }
      const decoded = decodeBytes(await this.files.readFile(path));
      return decoded.ok ? decoded : { skipped: decoded.reason };
    } catch (e) {
      return { skipped: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Put a read result into the model; reports what happened to that path. */
  private store(path: string, loaded: Loaded): 'added' | 'changed' | 'unchanged' | 'skipped' {
    if (loaded === 'missing') return 'skipped';
    if ('skipped' in loaded) {
      if (this.docs.delete(path)) this.invalidate();
      this.skips.set(path, loaded.skipped);
      return 'skipped';
    }
    this.skips.delete(path);
    const hash = contentHash(loaded.text);
    const before = this.docs.get(path);
    if (before && before.hash === hash && before.parsed.encoding === loaded.encoding) return 'unchanged';
    this.invalidate();
    const restored = restoreDocument(path, loaded.text, loaded.encoding, hash, this.restoring?.documents.get(path), this.entry(path));
    const doc = restored ? { ...restored, lines: new LineIndex(loaded.text) }
      : buildDocument(path, loaded.text, loaded.encoding, this.kb, this.entry(path), this.catalogPath, hash);
    citationsOfParsed(doc.parsed);
    this.docs.set(path, doc);
    return before ? 'changed' : 'added';
  }

  private removeNow(path: string): boolean {
    const had = this.docs.delete(path);
    if (had) this.invalidate();
    const wasSkipped = this.skips.delete(path);
    if (had) this.emit({ added: [], changed: [], removed: [path] });
    return had || wasSkipped;
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private emit(change: CorpusChange): void {
    if (!change.added.length && !change.changed.length && !change.removed.length) return;
    for (const l of [...this.listeners]) l(change);
  }
}

type Loaded = 'missing' | { skipped: string } | { text: string; encoding: Encoding };

function normalise(path: string): string {
  return safeRelativePath(path);
}
