/**
 * REFI-QDA project → Policy Lens: codes become codebook tags (hierarchy from nesting, colour,
 * description, memo from the code's notes), users become coders (annotation authors), text
 * sources are matched to workspace documents (see `matchSource.ts`), and selections become
 * annotations (see `selections.ts`). Everything not taken is reported with why.
 */
import type { Annotation } from '../types';
import type { CodebookTag } from '../codebook';
import type { QdaNote, QdaProject, QdaTextSource } from './project';
import { selectionAnnotations } from './selections';
import { sourceMatcher, type WorkspaceText } from './matchSource';

/** What the import needs besides the project. */
export interface QdaImportInput {
  readonly project: QdaProject;
  readonly documents: readonly WorkspaceText[];
  /** Text of a source or note given by `plainTextPath` (from the archive or the disk), if available. */
  readonly readText: (item: QdaTextSource | QdaNote) => string | undefined;
  readonly now?: Date;
}

/** A source matched to a document, or why not. */
export interface SourceReport {
  readonly source: string;
  readonly path?: string;
  readonly by?: 'content' | 'name';
  readonly selections: number;
  readonly imported: number;
  readonly error?: string;
}

/** The import's result: what to write and what to tell the user. */
export interface QdaImportResult {
  readonly annotations: readonly Annotation[];
  readonly tags: readonly CodebookTag[];
  readonly coders: readonly string[];
  /** Memos of matched documents (source descriptions and notes). */
  readonly documentMemos: ReadonlyMap<string, string>;
  readonly sources: readonly SourceReport[];
  /** Selections not imported and other losses, one line each. */
  readonly problems: readonly string[];
}

/** Segment of a tag id from a code name: trimmed, `/` replaced (it would nest), never empty. */
export function tagSegment(name: string): string {
  const s = name.replace(/\//g, '∕').replace(/\s+/g, ' ').trim();
  return s === '' ? '(unnamed)' : s;
}

/** Map a project onto the workspace; pure, writes nothing. */
export function importQdaProject(input: QdaImportInput): QdaImportResult {
  const { project } = input;
  const problems: string[] = [];
  const noteText = (guid: string): string | undefined => {
    const n = project.notes.get(guid);
    return n ? n.content ?? input.readText(n) : undefined;
  };
  const memoOf = (description: string | undefined, guids: readonly string[], what: string): string | undefined => {
    const parts = [description, ...guids.map((g) => {
      const t = noteText(g);
      if (t === undefined) problems.push(`note ${g} of ${what} has no text in the project`);
      return t;
    })].filter((t): t is string => t !== undefined && t.trim() !== '');
    return parts.length ? parts.join('\n\n') : undefined;
  };
  const codeIds = new Map<string, string>();
  const tags: CodebookTag[] = [];
  for (const c of project.codes) {
    const id = c.path.map(tagSegment).join('/');
    codeIds.set(c.guid, id);
    if (tags.some((t) => t.id === id)) continue;
    const memo = memoOf(undefined, c.noteGuids, `code "${id}"`);
    const color = c.color && /^#[0-9a-fA-F]{6}$/.test(c.color) ? c.color.toLowerCase() : undefined;
    if (c.color && !color) problems.push(`code "${id}": colour ${c.color} is not #rrggbb; left out`);
    tags.push({ id, ...(color ? { color } : {}), ...(c.description ? { description: c.description } : {}), ...(memo ? { memo } : {}) });
  }
  const ctx = {
    userName: (guid: string | undefined) => (guid === undefined ? undefined : project.users.get(guid) ?? guid),
    codeId: (guid: string) => codeIds.get(guid),
    noteText,
    now: (input.now ?? new Date()).toISOString(),
  };
  const match = sourceMatcher(input.documents);
  const annotations: Annotation[] = [];
  const sources: SourceReport[] = [];
  const documentMemos = new Map<string, string>();
  for (const source of project.sources) {
    const text = source.content ?? input.readText(source);
    const m = match(source.name, text);
    if ('error' in m) {
      sources.push({ source: source.name, selections: source.selections.length, imported: 0, error: m.error });
      if (source.selections.length) problems.push(`${source.selections.length} selection(s) of "${source.name}" not imported: ${m.error}`);
      continue;
    }
    let imported = 0;
    for (const sel of source.selections) {
      const r = selectionAnnotations(sel, { docPath: m.doc.path, docText: m.doc.text, ...(text !== undefined ? { sourceText: text } : {}) }, ctx);
      if ('error' in r) { problems.push(`selection ${sel.guid} of "${source.name}" not imported: ${r.error}`); continue; }
      problems.push(...r.problems.map((p) => `"${source.name}": ${p}`));
      annotations.push(...r.annotations);
      imported++;
    }
    const memo = memoOf(source.description, source.noteGuids, `source "${source.name}"`);
    if (memo) documentMemos.set(m.doc.path, documentMemos.has(m.doc.path) ? `${documentMemos.get(m.doc.path)}\n\n${memo}` : memo);
    sources.push({ source: source.name, path: m.doc.path, by: m.by, selections: source.selections.length, imported });
  }
  for (const [what, n] of project.ignored) problems.push(`not imported: ${n} × ${what} (Policy Lens keeps text codings only)`);
  const coders = [...new Set([...project.users.values(), ...annotations.flatMap((a) => (a.author ? [a.author] : []))])].sort();
  return { annotations, tags, coders, documentMemos, sources, problems };
}
