/**
 * `policy-lens related <dir> <path>:<line> [--limit N] [--json]`: what else in the corpus
 * speaks to the passage on that 1-based line — passages of other documents sharing its
 * entities, linked to it by annotations or worded alike, and its translation in the same
 * document. `--json` prints `[{ path, line, text, score, reasons }]` best first.
 */
import { findRelated } from '../../core/search';
import { citationContributor } from '../../core/citations/modelBoosts';
import { entityName as nameOf } from '../../core/corpus/entityNames';
import { oneLine } from '../../core/text/oneLine';
import { passageOnLine } from '../../core/search/passageLookup';
import { loadSearch, parseCommon } from './search';
import { escapeControls } from '../../core/text/printable';

/** One row of `related --json`. */
export interface RelatedRow {
  readonly path: string;
  readonly line: number;
  readonly text: string;
  readonly score: number;
  readonly reasons: string[];
}

const USAGE = 'usage: policy-lens related <dir> <path>:<line> [--limit N] [--json]';

/** Split `path:line` at the last colon; undefined unless the line is a positive integer. */
export function parseWhere(arg: string): { path: string; line: number } | undefined {
  const m = /^(.+):(\d+)$/.exec(arg);
  const line = m ? Number(m[2]) : NaN;
  return m && line >= 1 ? { path: m[1].replace(/\\/g, '/').replace(/^\.\//, ''), line } : undefined;
}

export async function run(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(escapeControls(s) + '\n')): Promise<number> {
  const parsed = parseCommon(args, 'related');
  if ('error' in parsed) { err(`${parsed.error}\n${USAGE}`); return 2; }
  const [dir, whereArg, ...extra] = parsed.positional;
  const where = whereArg ? parseWhere(whereArg) : undefined;
  if (!dir || !where || extra.length) { err(USAGE); return 2; }
  const { model, kb, jump, links } = await loadSearch(dir);
  const doc = model.get(where.path);
  if (!doc) {
    err(`policy-lens related: ${where.path} is not a document of the corpus in ${dir}`);
    return 1;
  }
  if (where.line > doc.lines.lineCount) {
    err(`policy-lens related: ${where.path} has ${doc.lines.lineCount} lines, not ${where.line}`);
    return 1;
  }
  const index = passageOnLine(doc.parsed.passages, doc.lines.lineSpan(where.line - 1));
  if (index < 0) {
    err(`policy-lens related: line ${where.line} of ${where.path} is not part of a passage (blank, heading or metadata)`);
    return 1;
  }
  const entityName = (id: string): string => nameOf(kb.get(id), id);
  const entityKind = (id: string): string | undefined => kb.get(id)?.kind;
  const contributors = [citationContributor(model)];
  const hits = findRelated(jump, { path: doc.path, index }, { limit: parsed.limit, links, entityName, entityKind, contributors });
  const rows: RelatedRow[] = hits.map((h) => ({
    path: h.path,
    line: model.get(h.path)!.lines.lineOf(h.span.start) + 1,
    text: h.text,
    score: Math.round(h.score * 1000) / 1000,
    reasons: h.reasons,
  }));
  if (parsed.json) {
    out(JSON.stringify(rows, null, 2));
    return 0;
  }
  out(`Related to ${doc.path}:${doc.lines.lineOf(doc.parsed.passages[index].span.start) + 1}  “${oneLine(doc.parsed.passages[index].text, 70)}”`);
  if (!rows.length) out('  nothing related found');
  for (const r of rows) {
    out(`\n${r.score.toFixed(2)}  ${r.path}:${r.line}  (${r.reasons.join('; ')})\n      ${oneLine(r.text, 100)}`);
  }
  return 0;
}
