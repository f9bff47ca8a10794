/**
 * The annotations of the open workspace as the editor sees them: the store, the codebook,
 * ranges that follow unsaved edits, and one place that tells views and decorations to redraw.
 * Reads the current text of a document from its open editor when there is one (that is what
 * the user annotates), else from the indexed corpus.
 */
import * as vscode from 'vscode';
import { AnnotationStore } from '../../core/annotations/service';
import { applyEdits, type TextChange } from '../../core/annotations/edits';
import { annotationsAt } from '../../core/annotations/grouping';
import type { Annotation } from '../../core/annotations/types';
import type { Span } from '../../core/types';
import type { LensService } from '../service';
import type { WorkspaceFiles } from '../host';
import { AuthorName } from './author';
import { CodebookState } from './codebookState';
import { ProblemReporter } from './problems';

const sessions = new WeakMap<LensService, AnnotationsSession>();

/** The annotations session of a service, for features that read annotations (search, related). */
export function annotationsSessionOf(service: LensService): AnnotationsSession | undefined {
  return sessions.get(service);
}

export class AnnotationsSession implements vscode.Disposable {
  readonly store: AnnotationStore;
  readonly codebook: CodebookState;
  readonly problems: ProblemReporter;
  private readonly author: AuthorName;
  /** Per document: ranges moved by unsaved edits, by annotation id. */
  private readonly live = new Map<string, Map<string, Span>>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with a document path (or undefined for "everything") when something should redraw. */
  readonly onDidChange = this.changed.event;
  private readonly moved = new vscode.EventEmitter<string>();
  /** Fires with a document path when ranges moved with unsaved edits (decorations only). */
  readonly onDidMove = this.moved.event;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves once every annotation file was read and re-anchored against the corpus. */
  readonly ready: Promise<void>;

  constructor(readonly service: LensService, readonly files: WorkspaceFiles) {
    this.author = new AuthorName(files.root);
    this.problems = new ProblemReporter(files);
    this.codebook = new CodebookState(files, (p) => this.problems.report(p));
    this.store = new AnnotationStore(files, { author: () => this.author.current(), canPersist: () => vscode.workspace.isTrusted });
    const sub = this.store.onDidChange((path) => {
      this.problems.setAnnotationProblems(this.store.problems());
      this.changed.fire(path);
    });
    this.disposables.push(this.author, this.problems, this.codebook, this.changed, this.moved, { dispose: () => sub.dispose() },
      this.codebook.onDidChange(() => this.changed.fire(undefined)));
    this.ready = this.init();
    sessions.set(service, this);
  }

  private async init(): Promise<void> {
    await this.codebook.load().catch((e) => this.service.log.warn(`codebook: ${String(e)}`));
    const corpus = await this.service.ready();
    const docs = await this.store.loadAll();
    // Documents that are only linked to are re-anchored too, so their links follow edits.
    const linked = this.store.all().flatMap((a) => a.links.map((l) => l.target.path));
    if (corpus) for (const path of new Set([...docs, ...linked])) await this.reanchor(path);
    this.service.log.info(`Annotations: ${this.store.all().length} in ${docs.length} documents`);
  }

  /** Workspace path of a corpus document's uri, else undefined. */
  pathOf(uri: vscode.Uri): string | undefined {
    return this.service.documentFor(uri)?.path;
  }

  /** The open editor document of a path, if any. */
  openDocument(path: string): vscode.TextDocument | undefined {
    const uri = this.files.uri(path).toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  }

  /** Current text of a document: the open editor's, else the corpus's. */
  textOf(path: string): string | undefined {
    return this.openDocument(path)?.getText() ?? this.service.current()?.model.get(path)?.parsed.text;
  }

  all(): Annotation[] {
    return this.store.all();
  }

  /** Tell views to redraw (e.g. a memo file changed: search rows and hovers read it again). */
  refreshViews(): void {
    this.changed.fire(undefined);
  }

  /** Who is annotating now (the setting, else git, else the OS user). */
  currentAuthor(): string | undefined {
    return this.author.current();
  }

  find(id: string): Annotation | undefined {
    return this.store.all().find((a) => a.id === id);
  }

  /** Where an annotation is now (following unsaved edits); undefined for an orphan. */
  spanOf(a: Annotation): Span | undefined {
    if (a.status === 'orphaned') return undefined;
    const p = a.target.selector[1];
    return this.live.get(a.target.source)?.get(a.id) ?? { start: p.start, end: p.end };
  }

  /** Annotations covering `offset` in `path`, innermost first. */
  at(path: string, offset: number): Annotation[] {
    return annotationsAt(this.store.get(path), offset, (a) => this.spanOf(a));
  }

  /** Move the ranges of a document's annotations along with edits typed in the editor. */
  applyLiveEdits(path: string, changes: readonly TextChange[]): void {
    const list = this.store.get(path);
    if (!list.length || !changes.length) return;
    const spans = this.live.get(path) ?? new Map<string, Span>();
    for (const a of list) {
      const s = this.spanOf(a);
      if (s) spans.set(a.id, applyEdits(s, changes));
    }
    this.live.set(path, spans);
    this.moved.fire(path);
  }

  /** Drop unsaved-edit ranges of a document (closed without saving). */
  forgetLive(path: string): void {
    if (this.live.delete(path)) this.moved.fire(path);
  }

  /**
   * Re-anchor a document against its current text (saved editor or corpus), using live ranges
   * as hints, then forget them. Runs one at a time per document.
   */
  reanchor(path: string): Promise<void> {
    const run = async (): Promise<void> => {
      const doc = this.openDocument(path);
      if (doc?.isDirty) return;
      const text = doc?.getText() ?? this.service.current()?.model.get(path)?.parsed.text;
      if (text === undefined) return;
      const hints = this.live.get(path);
      try {
        await this.store.reanchorDocument(path, text, hints);
      } catch (e) {
        this.service.log.warn(`Re-anchoring ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (hints && this.live.get(path) === hints) {
        this.live.delete(path);
        this.moved.fire(path);
      }
    };
    const next = (this.queues.get(path) ?? Promise.resolve()).then(run, run);
    this.queues.set(path, next);
    return next;
  }

  /** Show a failure of a write (read-only file, missing annotation, …) to the user. */
  reportError(e: unknown): void {
    this.problems.showError(e);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
