/**
 * Where a REFI-QDA source's text lives: `internal://name` inside the archive's `sources/`,
 * `relative://path` against the project's `basePath` (or the project file's folder), or
 * `absolute://path` on the machine that wrote it.
 */

/** A parsed `plainTextPath`. */
export type SourceLocation =
  | { readonly kind: 'internal'; readonly name: string }
  | { readonly kind: 'relative'; readonly path: string; readonly basePath?: string }
  | { readonly kind: 'absolute'; readonly path: string };

/** Parse a `plainTextPath`; undefined for a scheme the standard does not define. */
export function parseSourcePath(plainTextPath: string, basePath?: string): SourceLocation | undefined {
  const m = /^(internal|relative|absolute):\/\/(.*)$/i.exec(plainTextPath.trim());
  if (!m) return undefined;
  let rest: string;
  try {
    rest = decodeURI(m[2]);
  } catch {
    rest = m[2];
  }
  const kind = m[1].toLowerCase();
  if (kind === 'internal') return { kind, name: rest };
  if (kind === 'relative') return { kind, path: rest, ...(basePath ? { basePath } : {}) };
  return { kind: 'absolute', path: rest };
}
