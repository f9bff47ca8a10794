/**
 * YAML read the way every workspace file of the extension is read: one parse that keeps
 * positions, and parser errors and warnings as Problems with a zero-based line (and column
 * where the caller reports columns), so catalog, codebook and entities files complain alike.
 */
import { LineCounter, parseDocument, type Document, type YAMLError, type YAMLWarning } from 'yaml';
import type { Problem } from '../types';
import { checkUniqueKeys } from './yamlKeys';
import { realErrorOffset } from './yamlErrorPlace';

export interface YamlSource {
  readonly doc: Document.Parsed;
  /** The text that was parsed. */
  readonly text?: string;
  /** Zero-based line and column of a character offset. */
  position(offset: number): { line: number; column: number };
}

export function parseYamlSource(text: string): YamlSource {
  const lines = new LineCounter();
  // Keys are checked for uniqueness by checkUniqueKeys in one linear pass (the library's own
  // check is quadratic in the size of a mapping).
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  checkUniqueKeys(doc);
  return {
    doc,
    text,
    position(offset) {
      const pos = lines.linePos(offset);
      return { line: pos.line - 1, column: pos.col - 1 };
    },
  };
}

/** The parser's errors (or warnings) as Problems: first line of each message, at its place. */
export function yamlProblems(
  path: string,
  source: YamlSource,
  found: readonly (YAMLError | YAMLWarning)[],
  severity: Problem['severity'],
  columns: boolean,
): Problem[] {
  return found.map((e) => {
    const at = source.text === undefined ? e.pos[0] : realErrorOffset(source.text, e.pos[0], e.code);
    const { line, column } = source.position(at);
    return { path, severity, message: e.message.split('\n')[0], line, ...(columns ? { column } : {}) };
  });
}
