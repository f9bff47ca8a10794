/**
 * YAML front matter at the top of a markdown file. Decided before the markdown parse so a
 * `---` block that is not YAML (e.g. `---` / heading / `---`) is read as markdown with a
 * warning instead of swallowing the document's first heading. A hostile block (an alias
 * bomb, or one too large to be metadata) is set aside with a warning: the body is always
 * read, and every complaint names the line of the file it is about.
 */
import { LineCounter, parseDocument as parseYaml } from 'yaml';
import type { Problem, Span } from '../types';
import { realErrorOffset } from '../text/yamlErrorPlace';

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
/** Front matter is metadata: a block larger than this is not parsed. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Aliases one block may expand; a "billion laughs" block needs far more. */
const MAX_ALIASES = 100;

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
  const firstLine = open[0].split('\n').length - 1; // line of the YAML body's first line
  if (source.length > MAX_FRONT_MATTER_CHARS) {
    // Too big to be metadata: set aside (not parsed, not read as body text) with a warning.
    return { span, data: {}, problem: warn(path, `front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1024} KB; its fields are ignored`, firstLine) };
  }
  const lines = new LineCounter();
  const doc = parseYaml(source, { prettyErrors: false, uniqueKeys: false, lineCounter: lines });
  const lineOf = (offset: number): number => lines.linePos(offset).line - 1 + firstLine;
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return { span, problem: warn(path, `front matter is not valid YAML (${err.code}); read as markdown`, lineOf(realErrorOffset(source, err.pos[0], err.code))) };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // An alias bomb (or an alias loop): the block is YAML, just not usable; the body stays.
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { span, data: {}, problem: warn(path, `front matter could not be expanded (${why}); its fields are ignored`, firstLine) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { span, problem: warn(path, 'block between --- fences is not a YAML mapping; read as markdown', firstLine - 1) };
  }
  return { span, data: value as Record<string, unknown> };
}

function warn(path: string, message: string, line: number): Problem {
  return { path, severity: 'warning', message, line };
}
