/**
 * Schema validation of annotation files (the same rules as `schemas/annotations.schema.json`),
 * written by hand so errors can name the annotation index and field and point at its line.
 */
import type { Annotation, AnnotationFile, AnnotationLink, AnnotationStatus, LinkRelation, Reply, Tombstone } from './types';
import { ANNOTATION_STATUSES, LINK_RELATIONS } from './types';
import { AnnotationFileError, lineColumnAt } from './errors';

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

function link(v: unknown, f: string, id: string): AnnotationLink {
  const l = obj(v, f, ['target', 'relation'], ['target', 'relation'], id);
  const t = obj(l.target, `${f}.target`, ['path', 'start', 'end', 'quote'], ['path', 'start', 'end', 'quote'], id);
  return {
    target: { path: str(t.path, `${f}.target.path`, id), start: offset(t.start, `${f}.target.start`, id), end: offset(t.end, `${f}.target.end`, id), quote: str(t.quote, `${f}.target.quote`, id) },
    relation: oneOf<LinkRelation>(l.relation, LINK_RELATIONS, `${f}.relation`, id),
  };
}

/** Validate one annotation object; `f` is its field path for messages. */
export function validateAnnotation(v: unknown, f: string): Annotation {
  const id = isObj(v) && typeof v.id === 'string' ? v.id : undefined;
  const a = obj(v, f, ['id', 'target', 'tags', 'note', 'links', 'author', 'created', 'modified', 'status', 'replies', 'resolved'],
    ['id', 'target', 'tags', 'links', 'created', 'modified', 'status'], id);
  if (!id || id.length === 0) throw new Invalid(`${f}.id`, 'must be a non-empty string');
  const t = obj(a.target, `${f}.target`, ['source', 'selector', 'textHash'], ['source', 'selector', 'textHash'], id);
  if (!Array.isArray(t.selector) || t.selector.length !== 2) throw new Invalid(`${f}.target.selector`, 'must hold a TextQuoteSelector and a TextPositionSelector', id);
  const sel = [...t.selector].sort((x, y) => (isObj(x) && x.type === 'TextQuoteSelector' ? -1 : 0) - (isObj(y) && y.type === 'TextQuoteSelector' ? -1 : 0));
  const q = obj(sel[0], `${f}.target.selector[0]`, ['type', 'exact', 'prefix', 'suffix'], ['type', 'exact', 'prefix', 'suffix'], id);
  const p = obj(sel[1], `${f}.target.selector[1]`, ['type', 'start', 'end'], ['type', 'start', 'end'], id);
  if (q.type !== 'TextQuoteSelector' || p.type !== 'TextPositionSelector') throw new Invalid(`${f}.target.selector`, 'must hold a TextQuoteSelector and a TextPositionSelector', id);
  const start = offset(p.start, `${f}.target.selector[1].start`, id);
  const end = offset(p.end, `${f}.target.selector[1].end`, id);
  if (end < start) throw new Invalid(`${f}.target.selector[1].end`, 'must not be before start', id);
  if (!Array.isArray(a.tags)) throw new Invalid(`${f}.tags`, 'must be an array of strings', id);
  if (!Array.isArray(a.links)) throw new Invalid(`${f}.links`, 'must be an array', id);
  return {
    id,
    target: {
      source: str(t.source, `${f}.target.source`, id),
      selector: [
        { type: 'TextQuoteSelector', exact: str(q.exact, `${f}.target.selector[0].exact`, id), prefix: str(q.prefix, `${f}.target.selector[0].prefix`, id), suffix: str(q.suffix, `${f}.target.selector[0].suffix`, id) },
        { type: 'TextPositionSelector', start, end },
      ],
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
    const annotations = root.annotations.map((a, i) => validateAnnotation(a, `annotations[${i}]`));
    const seen = new Set<string>();
    for (const [i, a] of annotations.entries()) {
      if (seen.has(a.id)) throw new Invalid(`annotations[${i}].id`, `duplicates an earlier annotation's id`, a.id);
      seen.add(a.id);
    }
    return { version: 1, source: str(root.source, 'source'), annotations, deleted: deleted.map((t, i) => tombstone(t, `deleted[${i}]`)) };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    const { line, column } = placeOf(text, e);
    throw new AnnotationFileError({ path, severity: 'error', message: `${e.field} ${e.message}`, line, column });
  }
}
