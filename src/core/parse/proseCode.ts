/**
 * Scrapers sometimes indent prose paragraphs by four or more spaces, which markdown reads as
 * an indented code block. This tells such "code" apart from real code so the prose is not
 * lost to search and annotation.
 */

const CODE_CHARS = /[{}();=<>[\]$\\|`]/g;
const CODE_LINE = /^\s*(?:import |from \S+ import|def |class |function |const |let |var |return\b|#include|\$ |>>> |sudo |pip |npm |git |cd |python )/m;

/** Whether the body of an indented code block reads as prose rather than code. */
export function isProseCode(body: string): boolean {
  const visible = body.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  const codeChars = (body.match(CODE_CHARS) ?? []).length / visible.length;
  if (CODE_LINE.test(body) || codeChars > 0.03) return false;
  const han = (body.match(/[\u3400-\u9fff]/g) ?? []).length;
  if (han / visible.length > 0.3) return true;
  const words = body.match(/[A-Za-z\u00c0-\u024f]{2,}/g) ?? [];
  return words.length >= 6 && /[.!?;:,][\s"')]/.test(body + ' ');
}
