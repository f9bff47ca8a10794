/**
 * Which workspace document a REFI-QDA text source is: the one with the same text (line
 * endings aside), else the one with the same name — as a workspace path, a file name, or a
 * file name without its extension — when exactly one document has it.
 */
import { LfText } from './lineEnds';

/** A workspace document as the import sees it. */
export interface WorkspaceText {
  readonly path: string;
  readonly text: string;
}

/** The document a source was matched to, and how. */
export interface SourceMatch {
  readonly doc: WorkspaceText;
  readonly by: 'content' | 'name';
}

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
const stem = (p: string): string => base(p).replace(/\.[^.]*$/, '');
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

/** Build a matcher over the workspace's documents. */
export function sourceMatcher(docs: readonly WorkspaceText[]): (name: string, text: string | undefined) => SourceMatch | { readonly error: string } {
  const byText = new Map<string, WorkspaceText[]>();
  for (const d of docs) {
    const key = new LfText(d.text).lf;
    byText.set(key, [...(byText.get(key) ?? []), d]);
  }
  const unique = (pick: (d: WorkspaceText) => boolean): WorkspaceText[] => docs.filter(pick);
  return (name, text) => {
    if (text !== undefined) {
      const same = byText.get(new LfText(text).lf) ?? [];
      const byName = same.find((d) => d.path === name) ?? (same.length === 1 ? same[0] : undefined);
      if (byName) return { doc: byName, by: 'content' };
    }
    const n = fold(name.replace(/\\/g, '/'));
    for (const pick of [(d: WorkspaceText) => fold(d.path) === n, (d: WorkspaceText) => fold(base(d.path)) === fold(base(n)), (d: WorkspaceText) => fold(stem(d.path)) === fold(stem(n))]) {
      const found = unique(pick);
      if (found.length === 1) return { doc: found[0], by: 'name' };
      if (found.length > 1) return { error: `several documents could be "${name}": ${found.slice(0, 4).map((d) => d.path).join(', ')}` };
    }
    return { error: text === undefined ? `no document named "${name}" (and its text is not in the project)` : `no document has the text or the name of "${name}"` };
  };
}
