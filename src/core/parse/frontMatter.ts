/**
 * YAML front matter at the top of a markdown file. Decided before the markdown parse so a
 * `---` block that is not YAML (e.g. `---` / heading / `---`) is read as markdown with a
 * warning instead of swallowing the document's first heading.
 */
import { parseDocument as parseYaml } from 'yaml';
import type { Problem, Span } from '../types';

export interface FrontMatter {
  /** Span of the whole block, fences included. */
  readonly span: Span;
  /** The parsed mapping, when the block is valid YAML holding a mapping (or is empty). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Set when the block looked like front matter but is not usable YAML. */
  readonly problem?: Problem;
}

/** Blank lines may precede the opening fence (scrapers often add one). */
const FENCE = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r\n|\r|\n|$)/m;

/** Find and parse front matter; undefined when the text does not start with a `---` fence. */
export function readFrontMatter(path: string, text: string): FrontMatter | undefined {
  const open = FENCE.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  const rest = text.slice(bodyStart);
  const close = CLOSE.exec(rest);
  if (!close || (close.index > 0 && !/\r?\n$|\r$/.test(rest.slice(0, close.index)))) return undefined;
  const closeLine = /^---[ \t]*(?:\r\n|\r|\n)?/.exec(rest.slice(close.index))!;
  const span = { start: open[0].indexOf('---'), end: bodyStart + close.index + closeLine[0].length };
  const source = rest.slice(0, close.index);
  if (source.trim() === '') return { span, data: {} };
  const doc = parseYaml(source, { prettyErrors: false, uniqueKeys: false });
  const firstLine = open[0].split('\n').length - 1; // line of the YAML body's first line
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = (err.linePos?.[0]?.line ?? 1) - 1 + firstLine;
    return { span, problem: warn(path, `front matter is not valid YAML (${err.code}); read as markdown`, line) };
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { span, problem: warn(path, 'block between --- fences is not a YAML mapping; read as markdown', 0) };
  }
  return { span, data: value as Record<string, unknown> };
}

function warn(path: string, message: string, line: number): Problem {
  return { path, severity: 'warning', message, line };
}
