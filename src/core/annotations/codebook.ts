/**
 * The codebook, `.policylens/codebook.yaml`: the tags a project codes with. Hierarchy is
 * written into ids with `/` (`governance/international-cooperation`); parents need not be
 * listed. Parsing reports line-numbered problems and keeps every valid tag; editing goes
 * through the YAML Document API so the researcher's comments and layout survive.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { parseYamlSource, yamlProblems } from '../text/yamlSource';
import type { Problem } from '../types';
import { AnnotationFileError } from './errors';

/** Workspace-relative location of the codebook. */
export const CODEBOOK_PATH = '.policylens/codebook.yaml';

/** A tag as written in the codebook. */
export interface CodebookTag {
  readonly id: string;
  readonly label?: string;
  readonly labelZh?: string;
  /** `#rrggbb`. */
  readonly color?: string;
  readonly description?: string;
  /** The researcher's Markdown memo on the code. */
  readonly memo?: string;
}

/** A tag ready for display: colour resolved, parent known, implied parents included. */
export interface ResolvedTag extends CodebookTag {
  readonly color: string;
  readonly parent?: string;
  /** True for a parent that only appears as a prefix of other ids. */
  readonly implied: boolean;
}

/** The parsed codebook; `tags` sorted by id, parents before children. */
export interface Codebook {
  readonly version: 1;
  readonly tags: readonly ResolvedTag[];
}

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const COLOR = /^#[0-9a-fA-F]{6}$/;
const FIELDS = ['id', 'label', 'labelZh', 'color', 'description', 'memo'] as const;

/** Whether `id` is a valid tag id: non-empty `/`-separated segments without outer spaces. */
export function isValidTagId(id: string): boolean {
  return tagIdProblem(id) === undefined;
}

/** What is wrong with a tag id, if anything (each becomes its own message for the user). */
export type TagIdProblem = 'empty' | 'empty-segment' | 'edge-slash' | 'spaces';

/** The problem of tag id `id`, or undefined when it is valid. */
export function tagIdProblem(id: string): TagIdProblem | undefined {
  if (id.trim() === '') return 'empty';
  if (id.startsWith('/') || id.endsWith('/')) return 'edge-slash';
  const segments = id.split('/');
  if (segments.some((s) => s.length === 0)) return 'empty-segment';
  if (segments.some((s) => s.trim() !== s || s.trim() === '')) return 'spaces';
  return undefined;
}

const TAG_PROBLEM_TEXT: Record<TagIdProblem, string> = {
  'empty': 'is empty',
  'empty-segment': 'has an empty level ("//"); use one "/" between levels, e.g. governance/testing',
  'edge-slash': 'starts or ends with "/"; use "/" only between levels, e.g. governance/testing',
  'spaces': 'has a level with spaces at its start or end',
};

/** Thrown when an annotation would get an invalid tag id. */
export class InvalidTagError extends Error {
  constructor(readonly tag: string, readonly problem: TagIdProblem) {
    super(`invalid tag ${JSON.stringify(tag)}: it ${TAG_PROBLEM_TEXT[problem]}`);
    this.name = 'InvalidTagError';
  }
}

/** Throw {@link InvalidTagError} for the first invalid tag of `tags`. */
export function assertValidTags(tags: readonly string[]): void {
  for (const t of tags) {
    const problem = tagIdProblem(t);
    if (problem) throw new InvalidTagError(t, problem);
  }
}

/** Parent id of a hierarchical tag id, if any. */
export function parentTagId(id: string): string | undefined {
  const at = id.lastIndexOf('/');
  return at > 0 ? id.slice(0, at) : undefined;
}

/** Colour for a tag without one: from a fixed palette by its top-level segment, so families share a hue. */
export function defaultTagColor(id: string): string {
  const top = id.split('/')[0];
  let h = 0;
  for (let i = 0; i < top.length; i++) h = (Math.imul(h, 31) + top.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** Add implied parents and resolve colours (own, else nearest ancestor's, else default). */
export function resolveTags(tags: readonly CodebookTag[]): ResolvedTag[] {
  const own = new Map(tags.map((t) => [t.id, t]));
  const ids = new Set<string>();
  for (const t of tags) for (let id: string | undefined = t.id; id; id = parentTagId(id)) ids.add(id);
  const colorOf = (id: string): string => {
    for (let x: string | undefined = id; x; x = parentTagId(x)) if (own.get(x)?.color) return own.get(x)!.color!;
    return defaultTagColor(id);
  };
  return [...ids].sort().map((id) => ({ ...(own.get(id) ?? { id }), color: colorOf(id), parent: parentTagId(id), implied: !own.has(id) }));
}

/** Parse codebook text. Never throws on user input: problems carry file and line. */
export function parseCodebook(path: string, text: string): { codebook: Codebook; problems: Problem[] } {
  const source = parseYamlSource(text);
  const { doc } = source;
  const problems: Problem[] = [];
  const at = (node: Node | null | undefined, severity: Problem['severity'], message: string): void => {
    problems.push({ path, severity, message, ...(node?.range ? source.position(node.range[0]) : {}) });
  };
  problems.push(...yamlProblems(path, source, doc.errors, 'error', true));
  const tags: CodebookTag[] = [];
  if (doc.errors.length === 0 && doc.contents !== null) {
    const root = doc.contents;
    if (!isMap(root)) at(root, 'error', 'the codebook must be a mapping with "version" and "tags"');
    else {
      if (doc.get('version') !== 1) at((root.get('version', true) as Node | undefined) ?? root, 'error', 'version must be 1');
      const seq = root.get('tags', true);
      if (seq !== undefined && !isSeq(seq)) at(seq as Node, 'error', '"tags" must be a list');
      for (const item of isSeq(seq) ? seq.items : []) {
        const tag = readTag(item as Node, at);
        if (!tag) continue;
        if (tags.some((t) => t.id === tag.id)) at(item as Node, 'error', `duplicate tag id "${tag.id}"`);
        else tags.push(tag);
      }
    }
  }
  return { codebook: { version: 1, tags: resolveTags(tags) }, problems };
}

function readTag(item: Node, at: (n: Node | null | undefined, s: Problem['severity'], m: string) => void): CodebookTag | undefined {
  if (!isMap(item)) {
    at(item, 'error', 'each tag must be a mapping with at least an "id"');
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const pair of item.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const value = (pair.value as { value?: unknown } | null)?.value;
    if (!(FIELDS as readonly string[]).includes(key)) at(pair.key as Node, 'warning', `unknown tag field "${key}" (ignored)`);
    else if (typeof value !== 'string') at((pair.value as Node) ?? item, 'error', `tag field "${key}" must be text`);
    else out[key] = value;
  }
  if (out.id === undefined || !isValidTagId(out.id)) {
    at(item, 'error', out.id === undefined ? 'tag without "id"' : `invalid tag id "${out.id}" (use non-empty segments separated by "/")`);
    return undefined;
  }
  if (out.color !== undefined && !COLOR.test(out.color)) {
    at(item.get('color', true) as Node, 'error', `colour "${out.color}" must look like #rrggbb`);
    delete out.color;
  }
  return out as unknown as CodebookTag;
}

/**
 * Codebook text with `tag` appended, keeping comments and formatting. Throws an
 * {@link AnnotationFileError} when the text does not parse or the id already exists.
 */
export function addTag(sourceText: string, tag: CodebookTag, path = CODEBOOK_PATH): string {
  if (!isValidTagId(tag.id)) throw new AnnotationFileError({ path, severity: 'error', message: `invalid tag id "${tag.id}"` });
  if (tag.color !== undefined && !COLOR.test(tag.color)) throw new AnnotationFileError({ path, severity: 'error', message: `colour "${tag.color}" must look like #rrggbb` });
  const doc = parseDocument(sourceText.trim() === '' ? 'version: 1\ntags: []\n' : sourceText);
  const { codebook, problems } = parseCodebook(path, sourceText.trim() === '' ? 'version: 1\n' : sourceText);
  const blocking = problems.find((p) => p.severity === 'error');
  if (blocking) throw new AnnotationFileError(blocking);
  if (codebook.tags.some((t) => t.id === tag.id && !t.implied)) {
    throw new AnnotationFileError({ path, severity: 'error', message: `tag "${tag.id}" is already in the codebook` });
  }
  let seq = doc.get('tags', true);
  if (!isSeq(seq)) {
    doc.set('tags', doc.createNode([]));
    seq = doc.get('tags', true);
  }
  if (isSeq(seq)) {
    if (seq.items.length === 0) seq.flow = false;
    const entry: Record<string, string> = {};
    for (const k of FIELDS) if (tag[k] !== undefined) entry[k] = tag[k]!;
    seq.items.push(doc.createNode(entry));
  }
  return doc.toString();
}
