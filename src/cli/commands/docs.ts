/**
 * `policy-lens docs <dir> [--json] [--max-bytes N]`: every document of a corpus with its
 * title, language, date, encoding, institutions, themes and problems — to check what the
 * model inferred before trusting a facet, or to feed a script. Files the corpus skipped are
 * listed with the reason; `--json` prints `{ documents, skipped, problems }`.
 */
import type { CorpusDocument } from '../../core/corpus/model';
import type { Problem } from '../../core/types';
import { loadCorpusAt } from '../nodeFiles';
import { collectedProblems, problemJson } from '../problems';
import { parseCorpusArgs } from './tree';

/** One row of `docs --json`. */
export interface DocRow {
  readonly path: string;
  readonly title: string;
  readonly language: string;
  readonly date: string | null;
  readonly encoding: string;
  readonly institutions: Array<{ id: string; name: string }>;
  readonly themes: Array<{ id: string; name: string }>;
  readonly problems: Array<{ severity: Problem['severity']; message: string; line?: number }>;
}

/** The JSON shape of one document. */
export function docRow(doc: CorpusDocument): DocRow {
  const pick = (a: { id: string; name: string }) => ({ id: a.id, name: a.name });
  return {
    path: doc.path,
    title: doc.meta.title,
    language: doc.meta.language,
    date: doc.meta.date ?? null,
    encoding: doc.parsed.encoding,
    institutions: doc.meta.institutions.map(pick),
    themes: doc.meta.themes.map(pick),
    problems: doc.problems.map((p) => ({ severity: p.severity, message: p.message, ...(p.line !== undefined ? { line: p.line + 1 } : {}) })),
  };
}

/**
 * One line of the `docs` table. The problems column counts warnings and errors only, like the
 * tree's Problems group; informational notes are listed (with their severity) in `--json`.
 */
export function tableRow(r: DocRow): string[] {
  const serious = r.problems.filter((p) => p.severity !== 'info').length;
  return [
    r.path,
    clip(r.title, 40),
    r.language,
    r.date ?? '—',
    r.institutions.map((i) => i.id).join(', ') || '—',
    r.themes.map((t) => t.id).join(', ') || '—',
    serious ? String(serious) : '',
  ];
}

export async function run(args: string[], out: (s: string) => void): Promise<number> {
  const parsed = parseCorpusArgs(args, 'docs', false);
  if ('error' in parsed) {
    out(parsed.error);
    return 2;
  }
  const { model } = await loadCorpusAt(parsed.dir, parsed.flags);
  const rows = model.documents().map(docRow);
  if (parsed.json) {
    out(JSON.stringify({ documents: rows, skipped: model.skipped(), problems: collectedProblems().map(problemJson) }, null, 2));
    return 0;
  }
  out(formatTable(['path', 'title', 'lang', 'date', 'institutions', 'themes', 'problems'], rows.map(tableRow)));
  // Skipped files and workspace-file problems go to stderr with every command's (see main).
  return 0;
}

/** Columns padded to their widest cell, counting CJK characters as two columns. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  return all.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c] - displayWidth(cell))).join('  ').trimEnd()).join('\n');
}

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function clip(s: string, width: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    w += displayWidth(ch);
    if (w > width - 1) return out + '…';
    out += ch;
  }
  return out;
}
