/**
 * `policy-lens cites <dir> [--json] [--unresolved]`: every citation of another instrument in
 * the corpus, with what it resolves to. `--json` gives `{ citations: [{ path, line, text,
 * target: { path?, entity?, article? } }] }` (1-based lines, the text as written); a
 * citation with no target has an empty `target`. `--unresolved` lists instead the cited
 * instruments the corpus does not hold, with their citation forms and counts.
 */
import { loadCorpusAt } from '../nodeFiles';
import { parseCorpusArgs } from './tree';
import type { CitationTarget } from '../../core/citations/types';

/** One row of `cites --json`. */
export interface CiteRow {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly kind: string;
  readonly target: CitationTarget;
}

export async function run(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const unresolvedOnly = args.includes('--unresolved');
  const parsed = parseCorpusArgs(args.filter((a) => a !== '--unresolved'), 'cites', false);
  if ('error' in parsed) {
    err(parsed.error);
    return 2;
  }
  const { model } = await loadCorpusAt(parsed.dir, parsed.flags);
  const index = model.citations();
  if (unresolvedOnly) {
    const missing = index.unresolved();
    if (parsed.json) out(JSON.stringify({ unresolved: missing }, null, 2));
    else {
      out(`${missing.length} cited instrument${missing.length === 1 ? '' : 's'} not in the corpus`);
      for (const m of missing) out(`  ${String(m.count).padStart(4)}×  ${m.label}${m.entity ? ` [${m.entity}]` : ''}  — ${m.documents.length} document(s)`);
    }
    return 0;
  }
  const rows: CiteRow[] = index.all().map((c) => {
    const pos = model.get(c.path)!.lines.positionAt(c.citation.start);
    return { path: c.path, line: pos.line + 1, column: pos.character + 1, text: c.citation.text, kind: c.citation.kind, target: c.target };
  });
  if (parsed.json) {
    out(JSON.stringify({ citations: rows }, null, 2));
    return 0;
  }
  const resolved = rows.filter((r) => r.target.path).length;
  out(`${rows.length} citation${rows.length === 1 ? '' : 's'}: ${resolved} to documents of the corpus, ${rows.filter((r) => !r.target.path && r.target.entity).length} to entities only, ${rows.filter((r) => !r.target.path && !r.target.entity).length} unresolved`);
  let last = '';
  for (const r of rows) {
    if (r.path !== last) out(`\n${r.path}`);
    last = r.path;
    const to = r.target.path ? `→ ${r.target.path}` : r.target.entity ? `→ [${r.target.entity}]` : '(not in the corpus)';
    out(`  ${`${r.line}:${r.column}`.padEnd(9)} ${r.text.replace(/\s+/g, ' ')}  ${to}${r.target.article ? ` ${r.target.article}` : ''}`);
  }
  return 0;
}
