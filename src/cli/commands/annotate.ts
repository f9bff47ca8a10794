/**
 * `policy-lens annotate <dir> <path> --quote "<exact>" [--occurrence N] --tag T [--tag T2]
 * [--note "…"] [--author NAME]`: annotate a passage from a script; prints the new id. The quote
 * is matched exactly, or else ignoring case and full-width/half-width differences. Without
 * `--author`, the author comes from the environment, the workspace setting or git (`../author`).
 */
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import type { Span } from '../../core/types';
import { AnnotationStore } from '../../core/annotations/service';
import { normalizeForMatch, foldForMatch } from '../../core/text/normalize';
import { safeRelativePath } from '../../core/ports';
import { readDocumentText, runInDir } from '../dirCommand';
import { NodeFiles } from '../nodeFiles';
import { gitUserName, resolveAuthor } from '../author';

const USAGE = 'usage: policy-lens annotate <dir> <path> --quote "<exact>" [--occurrence N] --tag T [--tag T2] [--note "…"] [--author NAME]';

/** Spans of every occurrence of `quote` in `text`: exact ones, or else normalised ones. */
export function findQuote(text: string, quote: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) spans.push({ start: at, end: at + quote.length });
  if (spans.length) return spans;
  const norm = normalizeForMatch(text);
  const q = foldForMatch(quote);
  for (let at = q ? norm.text.indexOf(q) : -1; at >= 0; at = norm.text.indexOf(q, at + 1)) spans.push({ start: norm.map[at], end: norm.map[at + q.length] });
  return spans;
}

/**
 * The span of occurrence `occurrence` (1-based, as typed after `flag`) of `quote` in `text`;
 * the occurrence may be left out when the quote occurs once. Throws a message for the user.
 */
export function chooseOccurrence(path: string, text: string, quote: string, occurrence: string | undefined, flag: string): Span {
  const spans = findQuote(text, quote);
  if (spans.length === 0) throw new Error(`${path}: quote not found: ${JSON.stringify(quote)}`);
  const n = occurrence === undefined ? (spans.length === 1 ? 1 : NaN) : Number(occurrence);
  if (!Number.isInteger(n) || n < 1 || n > spans.length) {
    throw new Error(`${path}: the quote occurs ${spans.length} times; pass ${flag} 1..${spans.length}`);
  }
  return spans[n - 1];
}

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void, git: () => string | undefined = () => (files instanceof NodeFiles ? gitUserName(files.root) : undefined)): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { quote: { type: 'string' }, occurrence: { type: 'string' }, tag: { type: 'string', multiple: true }, note: { type: 'string' }, author: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.quote) {
    out(USAGE);
    return 2;
  }
  const path = safeRelativePath(positionals[0]);
  const text = await readDocumentText(files, path);
  if (text === undefined) throw new Error(`${path}: no such document, or it cannot be decoded`);
  const span = chooseOccurrence(path, text, values.quote, values.occurrence, '--occurrence');
  const author = await resolveAuthor(values.author, files, git);
  const store = new AnnotationStore(files, { author });
  const a = await store.add(path, text, span, { tags: values.tag ?? [], ...(values.note !== undefined ? { note: values.note } : {}) });
  out(a.id);
  return 0;
}

export const run = runInDir(USAGE, runWith);
