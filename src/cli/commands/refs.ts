/**
 * `policy-lens refs <dir> <name> [--json]`: every mention of one entity across the corpus,
 * whatever language or alias the text uses (薛澜 and Xue Lan are one entity). `--json`
 * gives `{ entity: { id, names }, mentions: [{ path, line, column, text, member? }] }` with 1-based
 * line and column (UTF-16 units, as editors count) and the text as written.
 */
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { passageAround } from '../../core/knowledge/passage';
import { entityReferences } from '../../core/knowledge/references';
import type { Entity } from '../../core/knowledge/types';
import { loadCorpusAt } from '../nodeFiles';
import type { CorpusModel } from '../../core/corpus/model';
import type { CitationTarget } from '../../core/citations/types';
import { citationsOfInstrument, documentNamed } from '../../core/citations/instrumentQuery';

/** One row of `refs --json`. */
export interface RefRow {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** Id of the member this mention names, when the entity is a series or whole. */
  readonly member?: string;
}

interface RefsArgs {
  readonly dir: string;
  readonly name: string;
  readonly json: boolean;
  readonly maxBytes?: number;
}

function parseArgs(args: string[]): RefsArgs | { error: string } {
  const positional: string[] = [];
  let json = false;
  let maxBytes: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--max-bytes' || a.startsWith('--max-bytes=')) {
      const v = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
      if (!Number.isFinite(v) || v <= 0) return { error: 'policy-lens refs: --max-bytes needs a positive number' };
      maxBytes = v;
    } else if (a.startsWith('--')) return { error: `policy-lens refs: unknown option ${a}` };
    else positional.push(a);
  }
  const [dir, ...name] = positional;
  if (!dir || name.length === 0) return { error: 'usage: policy-lens refs <dir> <name> [--json]' };
  return { dir, name: name.join(' '), json, maxBytes };
}

/** Names the entity by: its names, then its id. */
function entityNames(e: Entity): string[] {
  return [e.names.en, e.names.zh].filter((n): n is string => !!n);
}

/** Entities a near-miss name might have meant: those named inside it, then by shared prefix. */
function suggestions(kb: KnowledgeBase, name: string): string[] {
  const inside = kb.findMentions(name).map((m) => kb.get(m.entityId)).filter((e): e is Entity => !!e);
  const key = name.trim().toLowerCase().slice(0, 3);
  const prefixed = key.length >= 2
    ? kb.all().filter((e) => entityNames(e).some((n) => n.toLowerCase().startsWith(key)))
    : [];
  return [...new Set([...inside, ...prefixed].map((e) => kb.displayName(e)))].slice(0, 5);
}

export async function run(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    err(parsed.error);
    return 2;
  }
  const { model, kb } = await loadCorpusAt(parsed.dir, { maxBytes: parsed.maxBytes });
  const entity = kb.lookup(parsed.name);
  const cited = instrumentRows(model, parsed.name, entity?.id);
  if (!entity && cited.length) {
    if (parsed.json) out(JSON.stringify({ instrument: parsed.name, citations: cited }, null, 2));
    else printCitations(out, parsed.name, cited);
    return 0;
  }
  if (!entity) {
    const maybe = suggestions(kb, parsed.name);
    err(`policy-lens refs: no entity is named "${parsed.name}"${maybe.length ? `; did you mean ${maybe.map((m) => `"${m}"`).join(', ')}?` : '.'}`);
    return 1;
  }
  // A series or whole includes its members' mentions, each marked with the member.
  const refs = entityReferences(model.documents(), entity.id, kb.membersOf(entity.id));
  const rows: RefRow[] = refs.map((r) => {
    const pos = model.get(r.path)!.lines.positionAt(r.mention.start);
    return { path: r.path, line: pos.line + 1, column: pos.character + 1, text: r.mention.text, ...(r.member ? { member: r.member } : {}) };
  });
  if (parsed.json) {
    out(JSON.stringify({ entity: { id: entity.id, names: entityNames(entity) }, mentions: rows, citations: cited }, null, 2));
    return 0;
  }
  const docs = new Set(rows.map((r) => r.path)).size;
  const ofMembers = rows.filter((r) => r.member).length;
  const membersNote = ofMembers ? `, ${ofMembers} of them naming its members` : '';
  out(`${entityNames(entity).join(' · ')} (${entity.id}, ${entity.kind}): ${rows.length} mention${rows.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}${membersNote}`);
  let last = '';
  refs.forEach((r, i) => {
    if (r.path !== last) out(`\n${r.path}`);
    last = r.path;
    const p = passageAround(model.get(r.path)!.parsed.text, r.mention.start, r.mention.end, 50);
    const member = r.member ? `  (member: ${kb.displayName(kb.get(r.member)!)})` : '';
    out(`  ${`${rows[i].line}:${rows[i].column}`.padEnd(9)} ${p.before}[${p.match}]${p.after}${member}`);
  });
  if (cited.length) {
    out('');
    printCitations(out, entityNames(entity)[0] ?? entity.id, cited);
  }
  return 0;
}

/** One citation of the instrument in `refs` output (1-based line and column). */
export interface CitationRefRow extends RefRow {
  readonly target: CitationTarget;
}

/** Citations of the instrument named `name` (or of entity `entityId`), as rows. */
function instrumentRows(model: CorpusModel, name: string, entityId?: string): CitationRefRow[] {
  const index = model.citations();
  const path = documentNamed(index, name, (p) => !!model.get(p));
  return citationsOfInstrument(index, name, path ? model.get(path) : undefined, entityId).map((c) => {
    const pos = model.get(c.path)!.lines.positionAt(c.citation.start);
    return { path: c.path, line: pos.line + 1, column: pos.character + 1, text: c.citation.text, target: c.target };
  });
}

function printCitations(out: (s: string) => void, name: string, rows: readonly CitationRefRow[]): void {
  const docs = new Set(rows.map((r) => r.path)).size;
  out(`${name}: cited ${rows.length} time${rows.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}`);
  for (const r of rows) out(`  ${r.path}:${r.line}:${r.column}  ${r.text.replace(/\s+/g, ' ')}${r.target.article ? `  (${r.target.article})` : ''}`);
}
