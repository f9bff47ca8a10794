/**
 * `AnnotationStore`: the annotations of a workspace over a `FilePort`. Every write re-reads
 * the document's file, applies the one change to what is on disk (so another window's work
 * is kept), and writes atomically. A file that cannot be parsed is never overwritten: that
 * document's annotations become read-only until the file is fixed and reloaded.
 */
import type { Clock, FilePort } from '../ports';
import type { Problem, Span } from '../types';
import type { Annotation, AnnotationFile, AnnotationLink } from './types';
import { AnnotationFileError, AnnotationNotFoundError, ReadOnlyAnnotationsError } from './errors';
import { ANNOTATIONS_DIR, annotationFilePath, documentOfAnnotationFile, emptyAnnotationFile, parseAnnotationFile, serializeAnnotationFile } from './store';
import { createTarget } from './selectors';
import { newAnnotationId } from './ids';
import { prepareText } from './anchorText';
import { reanchor, withAnchor } from './reanchor';
import { mergeAnnotationFiles } from './merge';
import { countAnnotationsInText, type BrokenAnnotationFile } from './unreadable';

export type { BrokenAnnotationFile } from './unreadable';

/** What a new annotation carries besides its target. */
export interface AnnotationInit {
  readonly tags?: readonly string[];
  readonly note?: string;
  readonly links?: readonly AnnotationLink[];
}

/** Fields an update may change; `note: null` removes the note. */
export interface AnnotationPatch {
  readonly tags?: readonly string[];
  readonly note?: string | null;
  readonly links?: readonly AnnotationLink[];
}

/** Injected dependencies; `author` may change while the store lives (a setting). */
export interface AnnotationStoreOptions {
  readonly author?: string | (() => string | undefined);
  readonly clock?: Clock;
  readonly newId?: () => string;
  /**
   * Whether re-anchoring may persist (false in an untrusted workspace). When false, re-anchored
   * positions and statuses are kept in memory only. Explicit edits are checked by the caller.
   */
  readonly canPersist?: () => boolean;
}

interface DocState {
  file: AnnotationFile;
  problem?: Problem;
  /** For a corrupt file: about how many annotations it holds that could not be read. */
  unreadable?: number;
}


const decoder = new TextDecoder('utf-8');

/** Annotations of all loaded documents, with safe persistence; see the file comment. */
export class AnnotationStore {
  private readonly docs = new Map<string, DocState>();
  private readonly listeners = new Set<(docPath: string) => void>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly files: FilePort, private readonly options: AnnotationStoreOptions = {}) {}

  /** Call `listener` with the document path whenever that document's annotations change. */
  onDidChange(listener: (docPath: string) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Read (or re-read) one document's annotations. A corrupt file makes them read-only. */
  async load(docPath: string): Promise<readonly Annotation[]> {
    // Queued behind writes in flight, so a reload never gets overwritten by an older read.
    await this.enqueue(docPath, async () => {
      try {
        this.docs.set(docPath, { file: await this.readDisk(docPath) });
      } catch (e) {
        if (!(e instanceof AnnotationFileError)) throw e;
        // Keep what was last read while the file was valid: shown read-only until it is fixed.
        const kept = this.docs.get(docPath)?.file ?? emptyAnnotationFile(docPath);
        this.docs.set(docPath, { file: kept, problem: e.problem, unreadable: await this.countUnreadable(docPath) });
      }
      this.emit(docPath);
    });
    return this.get(docPath);
  }

  /** Load every annotation file under `.policylens/annotations/`; returns the documents found. */
  async loadAll(): Promise<string[]> {
    const paths = await this.files.listFiles([`${ANNOTATIONS_DIR}/**/*.json`], []);
    const docs = paths.map(documentOfAnnotationFile).filter((d): d is string => d !== undefined);
    for (const d of docs) await this.load(d);
    return docs;
  }

  /** The file changed outside this store (watcher, git): read it again. */
  reload(docPath: string): Promise<readonly Annotation[]> {
    return this.load(docPath);
  }

  /** Annotations of one loaded document, by position. */
  get(docPath: string): readonly Annotation[] {
    const state = this.docs.get(docPath);
    return state ? [...state.file.annotations].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start || (a.id < b.id ? -1 : 1)) : [];
  }

  /** Every loaded annotation, by document then position. */
  all(): Annotation[] {
    return [...this.docs.keys()].sort().flatMap((d) => this.get(d));
  }

  /** The problem that makes a document's annotations read-only, if any. */
  isReadOnly(docPath: string): Problem | undefined {
    return this.docs.get(docPath)?.problem;
  }

  /** Documents whose annotation file is corrupt, with what is still shown and what is lost. */
  brokenFiles(): BrokenAnnotationFile[] {
    return [...this.docs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([docPath, s]) =>
      s.problem ? [{ docPath, problem: s.problem, kept: s.file.annotations.length, unreadable: s.unreadable ?? 0 }] : []);
  }

  /** Problems of all loaded annotation files. */
  problems(): Problem[] {
    return [...this.docs.values()].flatMap((s) => (s.problem ? [s.problem] : []));
  }

  /** Annotate `text[span]` of `docPath`; returns the stored annotation. */
  async add(docPath: string, text: string, span: Span, init: AnnotationInit = {}): Promise<Annotation> {
    const now = this.now();
    const author = typeof this.options.author === 'function' ? this.options.author() : this.options.author;
    const annotation: Annotation = {
      id: (this.options.newId ?? newAnnotationId)(),
      target: createTarget(docPath, text, span.start, span.end),
      tags: [...new Set(init.tags ?? [])],
      ...(init.note !== undefined ? { note: init.note } : {}),
      links: [...(init.links ?? [])],
      ...(author ? { author } : {}),
      created: now,
      modified: now,
      status: 'anchored',
    };
    await this.mutate(docPath, (f) => ({ ...f, annotations: [...f.annotations, annotation] }));
    return annotation;
  }

  /** Change tags, note or links of an annotation; `modified` moves forward. */
  async update(docPath: string, id: string, patch: AnnotationPatch): Promise<Annotation> {
    let result: Annotation | undefined;
    await this.mutate(docPath, (f) => {
      const old = f.annotations.find((a) => a.id === id);
      if (!old) throw new AnnotationNotFoundError(docPath, id);
      const { note: _drop, ...rest } = old;
      const note = patch.note === null ? undefined : patch.note ?? old.note;
      result = {
        ...rest,
        ...(note !== undefined ? { note } : {}),
        tags: patch.tags ? [...new Set(patch.tags)] : old.tags,
        links: patch.links ? [...patch.links] : old.links,
        modified: this.after(old.modified),
      };
      return { ...f, annotations: f.annotations.map((a) => (a.id === id ? result! : a)) };
    });
    return result!;
  }

  /**
   * Change an annotation with `change`, applied to the copy on disk (so another window's
   * edits to it are kept); `modified` moves forward when anything changed. For edits that
   * are a function of the stored annotation, such as adding a reply.
   */
  async modify(docPath: string, id: string, change: (a: Annotation, now: string) => Annotation): Promise<Annotation> {
    let result: Annotation | undefined;
    await this.mutate(docPath, (f) => {
      const old = f.annotations.find((a) => a.id === id);
      if (!old) throw new AnnotationNotFoundError(docPath, id);
      const changed = change(old, this.after(old.modified));
      if (changed === old) { result = old; return f; }
      result = { ...changed, modified: this.after(old.modified) };
      return { ...f, annotations: f.annotations.map((a) => (a.id === id ? result! : a)) };
    });
    return result!;
  }

  /** Delete an annotation, leaving a tombstone so other windows do not bring it back. */
  async delete(docPath: string, id: string): Promise<void> {
    await this.mutate(docPath, (f) => {
      const old = f.annotations.find((a) => a.id === id);
      if (!old) throw new AnnotationNotFoundError(docPath, id);
      return {
        ...f,
        annotations: f.annotations.filter((a) => a.id !== id),
        deleted: [...f.deleted.filter((t) => t.id !== id), { id, deleted: this.after(old.modified) }],
      };
    });
  }

  /**
   * Bring back a deleted annotation as it was (undo): its tombstone goes and its `modified`
   * moves past the deletion, so merges in other windows keep it.
   */
  async restore(annotation: Annotation): Promise<Annotation> {
    const docPath = annotation.target.source;
    let result = annotation;
    await this.mutate(docPath, (f) => {
      const tomb = f.deleted.find((t) => t.id === annotation.id);
      const latest = tomb && Date.parse(tomb.deleted) > Date.parse(annotation.modified) ? tomb.deleted : annotation.modified;
      result = { ...annotation, modified: this.after(latest) };
      return { ...f, annotations: [...f.annotations.filter((a) => a.id !== annotation.id), result], deleted: f.deleted.filter((t) => t.id !== annotation.id) };
    });
    return result;
  }

  /** Point an annotation at `text[span]` (re-attach after its passage changed); status becomes anchored. */
  async retarget(docPath: string, id: string, text: string, span: Span): Promise<Annotation> {
    const target = createTarget(docPath, text, span.start, span.end);
    let result: Annotation | undefined;
    await this.mutate(docPath, (f) => {
      const old = f.annotations.find((a) => a.id === id);
      if (!old) throw new AnnotationNotFoundError(docPath, id);
      result = { ...old, target, status: 'anchored', modified: this.after(old.modified) };
      return { ...f, annotations: f.annotations.map((a) => (a.id === id ? result! : a)) };
    });
    return result!;
  }

  /**
   * Merge complete annotations (an import) into a document's file by the usual merge rule:
   * per id the newer `modified` wins, and tombstones keep deleted ids deleted.
   */
  async insert(docPath: string, annotations: readonly Annotation[]): Promise<void> {
    if (annotations.some((a) => a.target.source !== docPath)) throw new Error(`insert: every annotation must belong to ${docPath}`);
    await this.mutate(docPath, (f) => mergeAnnotationFiles(f, { version: 1, source: docPath, annotations, deleted: [] }));
  }

  /**
   * Re-anchor a document's annotations against its current `text`; persists only when a
   * position or status changed (and never for a read-only document). `hints` are positions
   * known to be better than the stored ones (ranges that followed live edits in an editor);
   * an annotation found at a hint other than its stored position counts as moved.
   * Returns the annotations.
   */
  async reanchorDocument(docPath: string, text: string, hints?: ReadonlyMap<string, Span>): Promise<readonly Annotation[]> {
    if (!this.docs.has(docPath)) await this.load(docPath);
    const state = this.docs.get(docPath)!;
    const doc = prepareText(text);
    const one = (a: Annotation): Annotation => {
      const hint = hints?.get(a.id);
      const [q, p] = a.target.selector;
      if (!hint || hint.end <= hint.start || (hint.start === p.start && hint.end === p.end)) return withAnchor(a, reanchor(a, text, doc), doc);
      const hinted: Annotation = { ...a, target: { ...a.target, selector: [q, { type: 'TextPositionSelector', start: hint.start, end: hint.start + q.exact.length }], textHash: '' } };
      const result = reanchor(hinted, text, doc);
      const moved = result.status === 'anchored' && result.span && result.span.start !== p.start ? { ...result, status: 'moved' as const } : result;
      return withAnchor(a, moved, doc);
    };
    const update = (f: AnnotationFile): AnnotationFile => {
      const annotations = f.annotations.map(one);
      return annotations.every((a, i) => a === f.annotations[i]) ? f : { ...f, annotations };
    };
    const next = update(state.file);
    if (next === state.file) return this.get(docPath);
    if (state.problem || this.options.canPersist?.() === false) {
      state.file = next;
      this.emit(docPath);
    } else {
      await this.mutate(docPath, update);
    }
    return this.get(docPath);
  }

  private now(): string {
    return (this.options.clock?.now() ?? new Date()).toISOString();
  }

  /** Now, but strictly after `previous`, so an edit always wins over the copy it replaced. */
  private after(previous: string): string {
    const now = this.options.clock?.now() ?? new Date();
    const prev = Date.parse(previous);
    return (Number.isNaN(prev) || now.getTime() > prev ? now : new Date(prev + 1)).toISOString();
  }

  private async countUnreadable(docPath: string): Promise<number> {
    try {
      return countAnnotationsInText(decoder.decode(await this.files.readFile(annotationFilePath(docPath))));
    } catch {
      return 0;
    }
  }

  private async readDisk(docPath: string): Promise<AnnotationFile> {
    const path = annotationFilePath(docPath);
    if (!(await this.files.stat(path))) return emptyAnnotationFile(docPath);
    let text: string;
    try {
      text = decoder.decode(await this.files.readFile(path));
    } catch (e) {
      throw new AnnotationFileError({ path, severity: 'error', message: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
    }
    const file = parseAnnotationFile(path, text);
    if (file.source !== docPath) {
      throw new AnnotationFileError({ path, severity: 'error', message: `"source" is ${JSON.stringify(file.source)} but the file belongs to ${docPath}`, line: 0, column: 0 });
    }
    return file;
  }

  /** Serialise writes per document; re-read, apply `change`, write atomically. */
  private mutate(docPath: string, change: (f: AnnotationFile) => AnnotationFile): Promise<void> {
    const run = async (): Promise<void> => {
      const known = this.docs.get(docPath)?.problem;
      if (known) throw new ReadOnlyAnnotationsError(docPath, known);
      let disk: AnnotationFile;
      try {
        disk = await this.readDisk(docPath);
      } catch (e) {
        if (!(e instanceof AnnotationFileError)) throw e;
        this.docs.set(docPath, { file: this.docs.get(docPath)?.file ?? emptyAnnotationFile(docPath), problem: e.problem, unreadable: await this.countUnreadable(docPath) });
        this.emit(docPath);
        throw new ReadOnlyAnnotationsError(docPath, e.problem);
      }
      const next = change(disk);
      // Nothing to change (e.g. a re-anchoring another window already saved): do not write.
      if (next !== disk) await this.files.writeFileAtomic(annotationFilePath(docPath), new TextEncoder().encode(serializeAnnotationFile(next)));
      this.docs.set(docPath, { file: next });
      this.emit(docPath);
    };
    return this.enqueue(docPath, run);
  }

  /** Run `work` after every earlier queued read or write of the same document. */
  private enqueue(docPath: string, work: () => Promise<void>): Promise<void> {
    const queued = (this.queues.get(docPath) ?? Promise.resolve()).then(work, work);
    this.queues.set(docPath, queued.catch(() => undefined));
    return queued;
  }

  private emit(docPath: string): void {
    for (const l of this.listeners) l(docPath);
  }
}
