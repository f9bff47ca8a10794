/**
 * `policy-lens tree <dir> --by institution|theme|year|language [--json]`: the corpus grouped
 * the way the Policy Lens tree view groups it, with an "Unattributed" group so every
 * document shows up somewhere.
 */
import { FACET_KINDS, FacetKind, groupDocuments } from '../../core/corpus/facets';
import { ancestorsOf } from '../../core/corpus/institutionTree';
import { CliCorpusFlags, loadCorpusAt } from '../nodeFiles';
import { collectedProblems, problemJson } from '../problems';

interface CorpusArgs {
  readonly dir: string;
  readonly json: boolean;
  readonly by?: FacetKind;
  readonly flags: CliCorpusFlags;
}

/** Parse `<dir> [--json] [--by kind] [--max-bytes N]`; shared by `docs` and `tree`. */
export function parseCorpusArgs(args: string[], command: string, wantsBy: boolean): CorpusArgs | { error: string } {
  let dir: string | undefined;
  let json = false;
  let by: FacetKind | undefined;
  let maxBytes: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--json') json = true;
    else if (flag === '--by' && wantsBy) {
      const v = value();
      if (!FACET_KINDS.includes(v as FacetKind)) return { error: `policy-lens ${command}: --by must be one of ${FACET_KINDS.join(', ')}` };
      by = v as FacetKind;
    } else if (flag === '--max-bytes') {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) return { error: `policy-lens ${command}: --max-bytes needs a positive number` };
      maxBytes = v;
    } else if (a.startsWith('-')) return { error: `policy-lens ${command}: unknown option ${a}` };
    else if (dir === undefined) dir = a;
    else return { error: `policy-lens ${command}: unexpected argument ${a}` };
  }
  if (!dir) return { error: `usage: policy-lens ${command} <dir>${wantsBy ? ' --by institution|theme|year|language' : ''} [--json]` };
  if (wantsBy && !by) by = 'institution';
  return { dir, json, by, flags: { maxBytes } };
}

export async function run(args: string[], out: (s: string) => void): Promise<number> {
  const parsed = parseCorpusArgs(args, 'tree', true);
  if ('error' in parsed) {
    out(parsed.error);
    return 2;
  }
  const { model, kb } = await loadCorpusAt(parsed.dir, parsed.flags);
  const groups = groupDocuments(model.documents(), parsed.by!);
  // Institutions carry their chain of parents (nearest first), as the tree view nests them.
  const parents = (key: string): string[] => (parsed.by === 'institution' && key ? ancestorsOf(key, kb) : []);
  if (parsed.json) {
    const json = groups.map((g) => ({
      key: g.key,
      label: g.label,
      ...(parents(g.key).length ? { parents: parents(g.key) } : {}),
      documents: g.documents.map((d) => {
        const why = [...d.meta.institutions, ...d.meta.themes].find((a) => a.id === g.key);
        return { path: d.path, title: d.meta.title, ...(why ? { source: why.source, provenance: why.provenance } : {}) };
      }),
    }));
    out(JSON.stringify({ by: parsed.by, groups: json, skipped: model.skipped(), problems: collectedProblems().map(problemJson) }, null, 2));
    return 0;
  }
  const lines: string[] = [];
  for (const g of groups) {
    const path = parents(g.key).reverse().map((id) => kb.displayName(kb.get(id)!)).concat(g.label).join(' › ');
    lines.push(`${path}${g.key && g.key !== g.label ? ` [${g.key}]` : ''} (${g.documents.length})`);
    for (const d of g.documents) lines.push(`  ${d.path}  ${d.meta.title}`);
  }
  const skipped = model.skipped();
  if (skipped.length) {
    lines.push(`Skipped (${skipped.length})`);
    for (const s of skipped) lines.push(`  ${s.path}  ${s.reason}`);
  }
  out(lines.join('\n'));
  return 0;
}
