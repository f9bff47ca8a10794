/**
 * The parse stage of the data path: decoded text → {@link ParsedDocument}. Markdown goes
 * through one remark parse; plain text through line cues. Failures become Problems on the
 * document instead of exceptions, so one odd file never stops a corpus from loading.
 */
import type { Encoding, ParsedDocument, Problem, Span } from '../types';
import { decodeBytes } from '../text/decode';
import { LineIndex } from '../text/lines';
import { finishStructure, type DraftHeading, type DraftPassage } from './draft';
import { readFrontMatter } from './frontMatter';
import { parseMarkdownStructure, type MarkdownStructure } from './markdown';
import { findMarkdownHazard } from './markdownHazard';
import { isTitleLike } from './plainHeadings';
import { parsePlainStructure } from './plaintext';
import { sniffFormat } from './sniff';

/** Decode and parse a file's bytes; `{ skipped }` says why a file is not a text document. */
export function parseBytes(path: string, bytes: Uint8Array): ParsedDocument | { skipped: string } {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { skipped: decoded.reason };
  return parseDocument(path, decoded.text, decoded.encoding);
}

/**
 * Parse decoded text into headings, passages, front matter, table of contents and title.
 * A caller that already holds the text's line index passes it, so it is built once.
 */
export function parseDocument(path: string, text: string, encoding: Encoding, lines?: LineIndex): ParsedDocument {
  const format = sniffFormat(path, text);
  const problems: Problem[] = [];
  try {
    if (format === 'markdown') return markdownDocument(path, text, encoding, problems, lines);
    const plain = parsePlainStructure(text, lines ?? new LineIndex(text));
    const { headings, passages } = finishStructure(plain, text.length);
    return { path, text, encoding, format, headings, passages, toc: plain.toc, title: plain.title, problems };
  } catch (err) {
    problems.push({ path, severity: 'error', message: `could not parse: ${err instanceof Error ? err.message : String(err)}` });
    return { path, text, encoding, format, headings: [], passages: [], problems };
  }
}

function markdownDocument(path: string, text: string, encoding: Encoding, problems: Problem[], lines?: LineIndex): ParsedDocument {
  const fm = readFrontMatter(path, text);
  if (fm?.problem) problems.push(fm.problem);
  const yaml = fm?.data !== undefined;
  // remark-frontmatter only sees a fence at offset 0; a block after leading blank lines is
  // blanked out (same length, line breaks kept) so offsets stay those of the original text.
  const source = yaml && fm!.span.start > 0 ? maskFrontMatter(text, fm!.span.end) : text;
  const md = markdownOrPlain(path, source, yaml, problems, lines);
  const outside = (s: Span): boolean => !yaml || s.start >= fm!.span.end;
  const drafts = {
    headings: md.headings.filter((h: DraftHeading) => outside(h.span)),
    passages: md.passages.filter((p: DraftPassage) => outside(p.span)),
  };
  const { headings, passages } = finishStructure(drafts, text.length);
  const fmTitle = fm?.data?.title;
  const title =
    (typeof fmTitle === 'string' || typeof fmTitle === 'number' ? String(fmTitle).trim() || undefined : undefined) ??
    headings.find((h) => h.level === 1)?.text ??
    firstTitleLine(passages.length > 0 ? passages[0].text : '');
  return { path, text, encoding, format: 'markdown', frontMatter: fm?.data, headings, passages, title, problems };
}

/**
 * The markdown structure, or, for a text whose shape would make the markdown parser take
 * super-linear time or overflow its stack, the plain-text structure with a warning: the
 * body is indexed either way.
 */
function markdownOrPlain(path: string, source: string, yaml: boolean, problems: Problem[], lines?: LineIndex): MarkdownStructure {
  const hazard = findMarkdownHazard(source);
  if (!hazard) {
    try {
      return parseMarkdownStructure(source, yaml);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      problems.push({ path, severity: 'warning', message: `markdown parser failed (${why}); read as plain text` });
    }
  } else {
    problems.push({ path, severity: 'warning', message: `markdown not parsed: ${hazard.reason}; read as plain text`, line: hazard.line });
  }
  const plain = parsePlainStructure(source, lines && lines.text === source ? lines : new LineIndex(source));
  return { headings: plain.headings, passages: plain.passages };
}

function maskFrontMatter(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

function firstTitleLine(s: string): string | undefined {
  const t = s.trim();
  return t !== '' && !t.includes('\n') && isTitleLike(t, true) ? t : undefined;
}
