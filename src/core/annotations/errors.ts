/**
 * Typed errors of the annotation layer. Each carries a `Problem` (file, line, column) so the
 * editor can show it with an "Open file" action and the CLI can print `file:line:col`.
 */
import type { Problem } from '../types';

/** An annotation or codebook file that cannot be read as valid data. */
export class AnnotationFileError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.path}${problem.line !== undefined ? `:${problem.line + 1}:${(problem.column ?? 0) + 1}` : ''}: ${problem.message}`);
    this.name = 'AnnotationFileError';
  }
}

/** A write to a document whose annotation file is corrupt; the file is left untouched. */
export class ReadOnlyAnnotationsError extends Error {
  constructor(readonly docPath: string, readonly problem: Problem) {
    super(`Annotations of ${docPath} are read-only because ${problem.path} is invalid (${problem.message}); fix or move that file first.`);
    this.name = 'ReadOnlyAnnotationsError';
  }
}

/** An operation named an annotation that does not exist (or was deleted elsewhere). */
export class AnnotationNotFoundError extends Error {
  constructor(readonly docPath: string, readonly id: string) {
    super(`No annotation ${id} on ${docPath} (it may have been deleted in another window).`);
    this.name = 'AnnotationNotFoundError';
  }
}

/** Zero-based line and column of a UTF-16 offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart };
}
