/**
 * The on-disk format: one `.policylens/annotations/<doc path>.json` per annotated document.
 * Serialisation is deterministic — fixed key order, annotations and tombstones sorted by id,
 * 2-space JSON, one annotation per block, trailing newline — so the same data always gives
 * the same bytes and two researchers' independent additions usually merge cleanly in git.
 */
import { safeRelativePath } from '../ports';
import type { Annotation, AnnotationFile, AnnotationLink, TextPositionSelector, TextQuoteSelector, Tombstone } from './types';
import { AnnotationFileError, lineColumnAt } from './errors';
import { validateAnnotationFile } from './validate';
import { firstJsonErrorOffset } from './jsonError';

/** Folder, relative to the workspace root, that holds the annotation files. */
export const ANNOTATIONS_DIR = '.policylens/annotations';

/** Where the annotations of document `docPath` are stored. */
export function annotationFilePath(docPath: string): string {
  return `${ANNOTATIONS_DIR}/${safeRelativePath(docPath)}.json`;
}

/** The document an annotation file belongs to, or undefined if `filePath` is not one. */
export function documentOfAnnotationFile(filePath: string): string | undefined {
  const prefix = ANNOTATIONS_DIR + '/';
  return filePath.startsWith(prefix) && filePath.endsWith('.json') ? filePath.slice(prefix.length, -5) : undefined;
}

/** An empty file for `source`. */
export function emptyAnnotationFile(source: string): AnnotationFile {
  return { version: 1, source, annotations: [], deleted: [] };
}

type Selectors = readonly [TextQuoteSelector, TextPositionSelector];

/** Quote and position selectors with their keys in the fixed order of the format. */
function canonicalSelectors([q, p]: Selectors): Selectors {
  return [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector', start: p.start, end: p.end },
  ];
}

function canonicalLink(l: AnnotationLink): AnnotationLink {
  const t = l.target;
  return { target: { path: t.path, selector: canonicalSelectors(t.selector), textHash: t.textHash, status: t.status }, relation: l.relation };
}

/** The annotation with keys in the fixed order of the format (optional keys omitted when absent). */
export function canonicalAnnotation(a: Annotation): Annotation {
  return {
    id: a.id,
    target: { source: a.target.source, selector: canonicalSelectors(a.target.selector), textHash: a.target.textHash },
    tags: [...a.tags],
    ...(a.note !== undefined ? { note: a.note } : {}),
    links: a.links.map(canonicalLink),
    ...(a.author !== undefined ? { author: a.author } : {}),
    created: a.created,
    modified: a.modified,
    status: a.status,
    ...(a.replies?.length ? { replies: a.replies.map((r) => ({ id: r.id, ...(r.author !== undefined ? { author: r.author } : {}), body: r.body, created: r.created, modified: r.modified, ...(r.deleted !== undefined ? { deleted: r.deleted } : {}) })) } : {}),
    ...(a.resolved ? { resolved: true } : {}),
  };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Deterministic text of an annotation file. */
export function serializeAnnotationFile(file: AnnotationFile): string {
  const ordered = {
    version: 1,
    source: file.source,
    // Entries that failed validation go back verbatim, after the valid ones: never dropped.
    annotations: [...[...file.annotations].sort(byId).map(canonicalAnnotation), ...(file.skipped ?? []).map((s) => s.raw)],
    deleted: [...file.deleted].sort(byId).map((t: Tombstone) => ({ id: t.id, deleted: t.deleted })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/**
 * Parse and validate an annotation file. Throws {@link AnnotationFileError} naming `path` and
 * the line/column of a JSON syntax error, or the annotation index and field of a schema error.
 */
export function parseAnnotationFile(path: string, text: string): AnnotationFile {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const { line, column } = lineColumnAt(body, firstJsonErrorOffset(body) ?? body.length);
    throw new AnnotationFileError({ path, severity: 'error', message: `invalid JSON: ${message}`, line, column });
  }
  return validateAnnotationFile(path, body, data);
}
