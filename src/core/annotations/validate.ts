/**
 * Schema validation of annotation files (the same rules as `schemas/annotations.schema.json`),
 * written by hand so errors can name the annotation index and field and point at its line.
 */
import type { Annotation, AnnotationFile, AnnotationLink, AnnotationStatus, LinkRelation, Reply, TextPositionSelector, TextQuoteSelector, Tombstone, SkippedEntry } from './types';
import { ANNOTATION_STATUSES, LINK_RELATIONS } from './types';
import { AnnotationFileError, lineColumnAt } from './errors';
import { safeRelativePath } from '../ports';

/** Offsets above this cannot come from a document (UTF-16 strings are shorter). */
const MAX_OFFSET = 2 ** 30;

type Obj = Record<string, unknown>;

class Invalid extends Error {
  constructor(readonly field: string, message: string, readonly id?: string) {
    super(message);
  }
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, field: string, keys: readonly string[], required: readonly string[], id?: string): Obj {
  if (!isObj(v)) throw new Invalid(field, 'must be an object', id);
  for (const k of Object.keys(v)) if (!keys.includes(k)) throw new Invalid(`${field}.${k}`, 'is not a known field', id);
  for (const k of required) if (!(k in v)) throw new Invalid(`${field}.${k}`, 'is missing', id);
  return v;
}

function str(v: unknown, field: string, id?: string): string {
  if (typeof v !== 'string') throw new Invalid(field, 'must be a string', id);
  return v;
}

function offset(v: unknown, field: string, id?: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Invalid(field, 'must be a non-negative integer', id);
  return v;
}

function isoDate(v: unknown, field: string, id?: string): string {
  const s = str(v, field, id);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(Date.parse(s))) throw new Invalid(field, 'must be an ISO 8601 date-time', id);
  return s;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], field: string, id?: string): T {
  if (!allowed.includes(v as T)) throw new Invalid(field, `must be one of ${allowed.join(', ')}`, id);
  return v as T;
}

function quoteSelector(v: unknown, f: string, id?: string): TextQuoteSelector {
  const q = obj(v, f, ['type', 'exact', 'prefix', 'suffix'], ['type', 'exact', 'prefix', 'suffix'], id);
  if (q.type !== 'TextQuoteSelector') throw new Invalid(`${f}.type`, 'must be TextQuoteSelector', id);
  return { type: 'TextQuoteSelector', exact: str(q.exact, `${f}.exact`, id), prefix: str(q.prefix, `${f}.prefix`, id), suffix: str(q.suffix, `${f}.suffix`, id) };
}

function positionSelector(v: unknown, f: string, id?: string): TextPositionSelector {
  const p = obj(v, f, ['type', 'start', 'end'], ['type', 'start', 'end'], id);
  if (p.type !== 'TextPositionSelector') throw new Invalid(`${f}.type`, 'must be TextPositionSelector', id);
  const start = offset(p.start, `${f}.start`, id);
  const end = offset(p.end, `${f}.end`, id);
  if (end < start) throw new Invalid(`${f}.end`, 'must not be before start', id);
  return { type: 'TextPositionSelector', start, end };
}

/** The two selectors in either order, as [quote, position]. */
function selectorPair(v: unknown, f: string, id?: string): [TextQuoteSelector, TextPositionSelector] {
  if (!Array.isArray(v) || v.length !== 2) throw new Invalid(f, 'must hold a TextQuoteSelector and a TextPositionSelector', id);
  const quoteFirst = isObj(v[0]) && v[0].type === 'TextQuoteSelector';
  const [qi, pi] = quoteFirst ? [0, 1] : [1, 0];
  return [quoteSelector(v[qi], `${f}[${qi}]`, id), positionSelector(v[pi], `${f}[${pi}]`, id)];
}

function link(v: unknown, f: string, id: string): AnnotationLink {
  const l = obj(v, f, ['target', 'relation'], ['target', 'relation'], id);
  const relation = oneOf<LinkRelation>(l.relation, LINK_RELATIONS, `${f}.relation`, id);
  const raw = isObj(l.target) ? l.target : {};
  if ('selector' in raw) {
    const t = obj(l.target, `${f}.target`, ['path', 'selector', 'textHash', 'status'], ['path', 'selector', 'textHash'], id);
    return {
      target: {
        path: str(t.path, `${f}.target.path`, id),
        selector: selectorPair(t.selector, `${f}.target.selector`, id),
        textHash: str(t.textHash, `${f}.target.textHash`, id),
        status: t.status === undefined ? 'anchored' : oneOf<AnnotationStatus>(t.status, ANNOTATION_STATUSES, `${f}.target.status`, id),
      },
      relation,
    };
  }
  // The first format stored the target's offsets and quote only: migrate, keeping both. The
  // empty text hash makes the first re-anchoring look again (and add the missing context).
  const t = obj(l.target, `${f}.target`, ['path', 'start', 'end', 'quote'], ['path', 'start', 'end', 'quote'], id);
  const start = offset(t.start, `${f}.target.start`, id);
  const end = offset(t.end, `${f}.target.end`, id);
  if (end < start) throw new Invalid(`${f}.target.end`, 'must not be before start', id);
  return {
    target: {
      path: str(t.path, `${f}.target.path`, id),
      selector: [{ type: 'TextQuoteSelector', exact: str(t.quote, `${f}.target.quote`, id), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }],
      textHash: '',
      status: 'anchored',
    },
    relation,
  };
}

/** Validate one annotation object; `f` is its field path for messages. */
export function validateAnnotation(v: unknown, f: string): Annotation {
  const id = isObj(v) && typeof v.id === 'string' ? v.id : undefined;
  const a = obj(v, f, ['id', 'target', 'tags', 'note', 'links', 'author', 'created', 'modified', 'status', 'replies', 'resolved'],
    ['id', 'target', 'tags', 'links', 'created', 'modified', 'status'], id);
  if (!id || id.length === 0) throw new Invalid(`${f}.id`, 'must be a non-empty string');
  const t = obj(a.target, `${f}.target`, ['source', 'selector', 'textHash'], ['source', 'selector', 'textHash'], id);
  const [q, p] = selectorPair(t.selector, `${f}.target.selector`, id);
  if (!Array.isArray(a.tags)) throw new Invalid(`${f}.tags`, 'must be an array of strings', id);
  if (!Array.isArray(a.links)) throw new Invalid(`${f}.links`, 'must be an array', id);
  return {
    id,
    target: {
      source: str(t.source, `${f}.target.source`, id),
      selector: [q, p],
      textHash: str(t.textHash, `${f}.target.textHash`, id),
    },
    tags: a.tags.map((x, i) => str(x, `${f}.tags[${i}]`, id)),
    ...(a.note !== undefined ? { note: str(a.note, `${f}.note`, id) } : {}),
    links: a.links.map((x, i) => link(x, `${f}.links[${i}]`, id)),
    ...(a.author !== undefined ? { author: str(a.author, `${f}.author`, id) } : {}),
    created: isoDate(a.created, `${f}.created`, id),
    modified: isoDate(a.modified, `${f}.modified`, id),
    status: oneOf<AnnotationStatus>(a.status, ANNOTATION_STATUSES, `${f}.status`, id),
    ...(a.replies !== undefined ? { replies: replies(a.replies, `${f}.replies`, id) } : {}),
    ...(a.resolved !== undefined ? { resolved: flag(a.resolved, `${f}.resolved`, id) } : {}),
  };
}

function flag(v: unknown, f: string, id: string): boolean {
  if (typeof v !== 'boolean') throw new Invalid(f, 'must be true or false', id);
  return v;
}

function replies(v: unknown, f: string, id: string): Reply[] {
  if (!Array.isArray(v)) throw new Invalid(f, 'must be an array of replies', id);
  return v.map((x, i) => {
    const r = obj(x, `${f}[${i}]`, ['id', 'author', 'body', 'created', 'modified', 'deleted'], ['id', 'body', 'created', 'modified'], id);
    return {
      id: str(r.id, `${f}[${i}].id`, id),
      ...(r.author !== undefined ? { author: str(r.author, `${f}[${i}].author`, id) } : {}),
      body: str(r.body, `${f}[${i}].body`, id),
      created: isoDate(r.created, `${f}[${i}].created`, id),
      modified: isoDate(r.modified, `${f}[${i}].modified`, id),
      ...(r.deleted !== undefined ? { deleted: isoDate(r.deleted, `${f}[${i}].deleted`, id) } : {}),
    };
  });
}

/** A workspace-relative path as the store writes it: normalised and inside the workspace. */
function isWorkspacePath(p: string): boolean {
  try {
    return safeRelativePath(p) === p;
  } catch {
    return false;
  }
}

/**
 * Checks beyond the schema: the entry belongs to the file's own document, its quote is not
 * empty, its position is plausible and its links stay inside the workspace.
 */
function checkAgainstDocument(a: Annotation, f: string, source: string): void {
  if (a.target.source !== source) {
    throw new Invalid(`${f}.target.source`, `is ${JSON.stringify(a.target.source)} but this file holds the annotations of ${JSON.stringify(source)}`, a.id);
  }
  const [q, p] = a.target.selector;
  if (q.exact === '') throw new Invalid(`${f}.target.selector[0].exact`, 'must not be empty', a.id);
  if (p.end > MAX_OFFSET) throw new Invalid(`${f}.target.selector[1].end`, 'is beyond any document this tool reads', a.id);
  a.links.forEach((l, i) => {
    if (!isWorkspacePath(l.target.path)) throw new Invalid(`${f}.links[${i}].target.path`, `${JSON.stringify(l.target.path)} is not a path inside the workspace`, a.id);
  });
}

function tombstone(v: unknown, f: string): Tombstone {
  const t = obj(v, f, ['id', 'deleted'], ['id', 'deleted']);
  return { id: str(t.id, `${f}.id`), deleted: isoDate(t.deleted, `${f}.deleted`) };
}

/** Line/column to report for a schema error: the annotation's `"id"` line when known. */
function placeOf(text: string, err: Invalid): { line: number; column: number } {
  const key = err.id !== undefined ? `"id": ${JSON.stringify(err.id)}` : `"${err.field.split(/[.[]/)[0]}"`;
  const at = text.indexOf(key);
  return lineColumnAt(text, at >= 0 ? at : 0);
}

/** Validate parsed JSON `data` (from `text` of file `path`) as an annotation file. */
export function validateAnnotationFile(path: string, text: string, data: unknown): AnnotationFile {
  try {
    const root = obj(data, '(file)', ['version', 'source', 'annotations', 'deleted'], ['version', 'source', 'annotations']);
    if (root.version !== 1) throw new Invalid('version', `must be 1 (this file says ${JSON.stringify(root.version)}; it may come from a newer Policy Lens)`);
    if (!Array.isArray(root.annotations)) throw new Invalid('annotations', 'must be an array');
    const deleted = root.deleted === undefined ? [] : root.deleted;
    if (!Array.isArray(deleted)) throw new Invalid('deleted', 'must be an array');
    const source = str(root.source, 'source');
    const annotations: Annotation[] = [];
    const skipped: SkippedEntry[] = [];
    const seen = new Set<string>();
    root.annotations.forEach((raw, i) => {
      const f = `annotations[${i}]`;
      let a: Annotation;
      try {
        a = validateAnnotation(raw, f);
        checkAgainstDocument(a, f, source);
      } catch (e) {
        // One bad entry is reported and skipped; the others stay usable and editable.
        if (!(e instanceof Invalid)) throw e;
        skipped.push({ raw, problem: { path, severity: 'error', message: `${e.field} ${e.message}`, ...placeOf(text, e) } });
        return;
      }
      if (seen.has(a.id)) throw new Invalid(`${f}.id`, `duplicates an earlier annotation's id`, a.id);
      seen.add(a.id);
      annotations.push(a);
    });
    const file: AnnotationFile = { version: 1, source, annotations, deleted: deleted.map((t, i) => tombstone(t, `deleted[${i}]`)) };
    return skipped.length ? { ...file, skipped } : file;
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    const { line, column } = placeOf(text, e);
    throw new AnnotationFileError({ path, severity: 'error', message: `${e.field} ${e.message}`, line, column });
  }
}
