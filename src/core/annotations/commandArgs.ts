/**
 * Shapes of the arguments the annotation commands accept from scripts, tests and command
 * links. Anything that arrives this way is untrusted, so each parser checks every field and
 * returns undefined (never a half-valid value) when the shape is wrong.
 */
import { safeRelativePath } from '../ports';
import { isValidTagId } from './codebook';
import { LINK_RELATIONS, type LinkRelation } from './types';

/** `policyLens.annotate` without pickers. */
export interface AnnotateArgs {
  readonly tags: readonly string[];
  readonly note?: string;
  readonly links?: readonly LinkArg[];
}

/** A link given as a location in a corpus document; the quote is read from the document. */
export interface LinkArg {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly relation: LinkRelation;
}

/** An edit of one annotation: any field present is applied, the rest left as is. */
export interface AnnotationEditArgs {
  readonly id: string;
  /** `null` or `''` removes the note. */
  readonly note?: string | null;
  readonly tags?: readonly string[];
  readonly links?: readonly LinkArg[];
}

const MAX_NOTE = 100_000;
const MAX_TAGS = 100;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An annotation id as written by the store (UUID-like; no markup, no spaces). */
export function isAnnotationId(v: unknown): v is string {
  return typeof v === 'string' && /^[\w.:@-]{1,200}$/.test(v);
}

function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e9;
}

function isSafePath(p: unknown): p is string {
  if (typeof p !== 'string' || p.length === 0 || p.length > 4096) return false;
  try {
    return safeRelativePath(p) === p;
  } catch {
    return false;
  }
}

function tagsOf(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_TAGS) return undefined;
  return v.every((t) => typeof t === 'string' && t.length <= 200 && isValidTagId(t)) ? (v as string[]) : undefined;
}

function noteOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= MAX_NOTE ? v : undefined;
}

/** A link argument, or undefined when any field is off. */
export function parseLinkArg(v: unknown): LinkArg | undefined {
  if (!isObj(v) || !isSafePath(v.path) || !isOffset(v.start) || !isOffset(v.end) || v.end <= v.start) return undefined;
  if (!LINK_RELATIONS.includes(v.relation as LinkRelation)) return undefined;
  return { path: v.path, start: v.start, end: v.end, relation: v.relation as LinkRelation };
}

function linksOf(v: unknown): LinkArg[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_TAGS) return undefined;
  const links = v.map(parseLinkArg);
  return links.every((l) => l !== undefined) ? (links as LinkArg[]) : undefined;
}

/** `{ tags: string[], note?: string, links?: LinkArg[] }`, validated. */
export function parseAnnotateArgs(v: unknown): AnnotateArgs | undefined {
  if (!isObj(v)) return undefined;
  const tags = tagsOf(v.tags);
  if (!tags) return undefined;
  if (v.note !== undefined && noteOf(v.note) === undefined) return undefined;
  const links = v.links === undefined ? undefined : linksOf(v.links);
  if (v.links !== undefined && !links) return undefined;
  return { tags, ...(v.note !== undefined ? { note: v.note as string } : {}), ...(links ? { links } : {}) };
}

/** `{ id, note?, tags?, links? }`, validated; undefined when the id or any present field is off. */
export function parseEditArgs(v: unknown): AnnotationEditArgs | undefined {
  if (!isObj(v) || !isAnnotationId(v.id)) return undefined;
  const out: { id: string; note?: string | null; tags?: string[]; links?: LinkArg[] } = { id: v.id };
  if (v.note !== undefined) {
    if (v.note !== null && noteOf(v.note) === undefined) return undefined;
    out.note = v.note === '' ? null : (v.note as string | null);
  }
  if (v.tags !== undefined) {
    const tags = tagsOf(v.tags);
    if (!tags) return undefined;
    out.tags = tags;
  }
  if (v.links !== undefined) {
    const links = linksOf(v.links);
    if (!links) return undefined;
    out.links = links;
  }
  return out;
}

/**
 * The annotation id a command was invoked with: a bare id (command link), `{ id }` (script),
 * or a tree item carrying `annotationId`. Undefined means "use the annotation under the cursor".
 */
export function annotationIdOf(v: unknown): string | undefined {
  if (isAnnotationId(v)) return v;
  if (isObj(v) && isAnnotationId(v.id)) return v.id;
  if (isObj(v) && isAnnotationId(v.annotationId)) return v.annotationId;
  return undefined;
}
