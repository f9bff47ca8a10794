/**
 * Decide whether a file is markdown or plain text from its content. Scraped corpora give
 * `.txt` to markdown (front matter, raw HTML) and `.md` to plain text, so the extension is
 * only a tie-breaker.
 */
import type { SourceFormat } from '../types';

const SAMPLE = 64 * 1024;

/** Markdown signals that almost never occur in plain prose. */
const STRONG = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /^```|^~~~/m, // fenced code
  /^\|.*\|[ \t]*\r?\n\|?[ \t]*:?-{3,}/m, // GFM table
  /^<(?:p|div|table|details|h[1-6]|ul|ol|blockquote|img|!--)[\s>/]/im, // HTML block
  // Inline link. The label excludes `[` so a run of brackets is scanned once, not once per bracket.
  /\[[^[\]\n]+\]\((?:https?:|#|\.{0,2}\/)[^)\s]*\)/,
];

/** Sniff the format. `path` only decides when the content gives no signal either way. */
export function sniffFormat(path: string, text: string): SourceFormat {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (/^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(sample)) return 'markdown';
  if (STRONG.some((re) => re.test(sample))) return 'markdown';
  const setext = /^\S[^\n]*\r?\n(?:=+|-{3,})[ \t]*$/m.test(sample);
  if (setext && /\.(md|markdown|mdx)$/i.test(path)) return 'markdown';
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plain';
}
