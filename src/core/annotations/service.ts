/**
 * `AnnotationStore`: the annotations of a workspace over a `FilePort`. Every write re-reads
 * the document's file, applies the one change to what is on disk (so another window's work
 * is kept), and writes atomically. A file that cannot be parsed is never overwritten: that
 * document's annotations become read-only until the file is fixed and reloaded.
 */
import { updateFileVia, type Clock, type FilePort } from '../ports';
import type { Problem, Span } from '../types';
import type { Annotation, AnnotationFile, AnnotationLink } from './types';
import { AnnotationFileError, AnnotationNotFoundError, ReadOnlyAnnotationsError } from './errors';
import { ANNOTATIONS_DIR, annotationFilePath, documentOfAnnotationFile, emptyAnnotationFile, serializeAnnotationFile } from './store';
import { createTarget } from './selectors';
import { newAnnotationId } from './ids';
import { prepareText } from './anchorText';
import { mergeAnnotationFiles } from './merge';
import { reanchorFile, reanchorLinksInFile } from './reanchorFile';
import { assertValidTags } from './codebook';
import type { BrokenAnnotationFile } from './unreadable';
import { countUnreadableOnDisk, parseAnnotationBytes, readAnnotationFileOf } from './diskFile';

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

  /** Problems of all loaded annotation files: unreadable files, then skipped entries. */
  problems(): Problem[] {
    return [...this.docs.values()].flatMap((s) => [...(s.problem ? [s.problem] : []), ...(s.file.skipped ?? []).map((e) => e.problem)]);
  }

  /** Annotate `text[span]` of `docPath`; returns the stored annotation. */
  async add(docPath: string, text: string, span: Span, init: AnnotationInit = {}): Promise<Annotation> {
    assertValidTags(init.tags ?? []);
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
    assertValidTags(patch.tags ?? []);
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

  /** Add one link to an annotation, to the copy on disk (so links added meanwhile elsewhere stay). */
  async addLink(docPath: string, id: string, link: AnnotationLink): Promise<void> {
    await this.mutate(docPath, (f) => {
      const old = f.annotations.find((a) => a.id === id);
      if (!old) throw new AnnotationNotFoundError(docPath, id);
      const next = { ...old, links: [...old.links, link], modified: this.after(old.modified) };
      return { ...f, annotations: f.annotations.map((a) => (a.id === id ? next : a)) };
    });
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
    const doc = prepareText(text);
    const update = (f: AnnotationFile): AnnotationFile => reanchorFile(f, doc, hints);
    await this.persistIfChanged(docPath, update);
    await this.reanchorLinksTo(docPath, doc);
    return this.get(docPath);
  }

  /**
   * Re-anchor every loaded link whose target lies in `docPath` (the document's text is `doc`),
   * in whichever document's file the link is stored.
   */
  private async reanchorLinksTo(docPath: string, doc: ReturnType<typeof prepareText>): Promise<void> {
    for (const [holder, state] of [...this.docs.entries()]) {
      if (!state.file.annotations.some((a) => a.links.some((l) => l.target.path === docPath))) continue;
      await this.persistIfChanged(holder, (f) => reanchorLinksInFile(f, docPath, doc));
    }
  }

  /** Apply a re-anchoring `update`: written when allowed and needed, else kept in memory. */
  private async persistIfChanged(docPath: string, update: (f: AnnotationFile) => AnnotationFile): Promise<void> {
    const state = this.docs.get(docPath);
    if (!state) return;
    const next = update(state.file);
    if (next === state.file) return;
    if (state.problem || this.options.canPersist?.() === false) {
      state.file = next;
      this.emit(docPath);
    } else {
      await this.mutate(docPath, update);
    }
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

  private countUnreadable(docPath: string): Promise<number> {
    return countUnreadableOnDisk(this.files, docPath);
  }

  private readDisk(docPath: string): Promise<AnnotationFile> {
    return readAnnotationFileOf(this.files, docPath);
  }

  /**
   * Serialise writes per document, then through the port's one write path: under a lock other
   * processes honour, re-read the file, apply `change` to what is on disk (a merge by id: the
   * other writers' annotations and tombstones stay), compare-and-swap, write atomically.
   */
  private mutate(docPath: string, change: (f: AnnotationFile) => AnnotationFile): Promise<void> {
    const run = async (): Promise<void> => {
      const known = this.docs.get(docPath)?.problem;
      if (known) throw new ReadOnlyAnnotationsError(docPath, known);
      const path = annotationFilePath(docPath);
      let next: AnnotationFile | undefined;
      try {
        await updateFileVia(this.files, path, (bytes) => {
          const disk = bytes === undefined ? emptyAnnotationFile(docPath) : parseAnnotationBytes(docPath, bytes);
          next = change(disk);
          // Nothing to change (e.g. a re-anchoring another window already saved): do not write.
          return next === disk ? undefined : new TextEncoder().encode(serializeAnnotationFile(next));
        });
      } catch (e) {
        if (!(e instanceof AnnotationFileError)) throw e;
        this.docs.set(docPath, { file: this.docs.get(docPath)?.file ?? emptyAnnotationFile(docPath), problem: e.problem, unreadable: await this.countUnreadable(docPath) });
        this.emit(docPath);
        throw new ReadOnlyAnnotationsError(docPath, e.problem);
      }
      this.docs.set(docPath, { file: next! });
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
