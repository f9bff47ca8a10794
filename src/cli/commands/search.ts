/**
 * `policy-lens search <dir> <query> [--limit N] [--json]`: the jump box on the command line.
 * Searches passages, headings, entities (built-in and workspace knowledge), annotations and
 * tags with the same index and ranking as "Policy Lens: Go to…", prefixes included
 * (`@` entities, `#` tags, `>` headings, `!` annotations). `--json` prints
 * `[{ kind, path, line, text, score }]` best first, with a 1-based line (`path` and `line`
 * are null for entities and tags).
 */
import { AnnotationStore } from '../../core/annotations/service';
import type { CorpusModel } from '../../core/corpus/model';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { createJumpIndex, type JumpHit, type JumpIndex, type SearchLink } from '../../core/search';
import { toSearchDoc } from '../../core/search/fromCorpus';
import { toSearchEntities } from '../../core/search/fromKnowledge';
import { boostByDocumentTitle } from '../../core/search/documentBoost';
import { searchTags, toSearchAnnotations, toSearchLinks } from '../../core/search/fromAnnotations';
import { loadCorpusAt } from '../nodeFiles';
import { collectProblems } from '../problems';

/** One row of `search --json`. */
export interface SearchRow {
  readonly kind: JumpHit['kind'];
  readonly path: string | null;
  readonly line: number | null;
  readonly text: string;
  readonly score: number;
}

/** A corpus loaded from a directory with its search index, annotations and links. */
export interface CliSearch {
  readonly model: CorpusModel;
  readonly kb: KnowledgeBase;
  readonly jump: JumpIndex;
  readonly links: SearchLink[];
}

/** Load `dir` and index it the way the extension does (documents, entities, annotations, tags). */
export async function loadSearch(dir: string): Promise<CliSearch> {
  const { model, kb, files } = await loadCorpusAt(dir);
  const jump = createJumpIndex();
  jump.setDocuments(model.documents().map(toSearchDoc));
  jump.setEntities(toSearchEntities(kb.all()));
  const store = new AnnotationStore(files);
  await store.loadAll();
  collectProblems(store.problems());
  const annotations = store.all();
  jump.setAnnotations(toSearchAnnotations(annotations));
  jump.setTags(searchTags(annotations));
  return { model, kb, jump, links: toSearchLinks(annotations) };
}

/** Parse `--limit N` / `--limit=N` and `--json`; everything else is positional. */
export function parseCommon(args: string[], name: string): { positional: string[]; limit: number; json: boolean } | { error: string } {
  const positional: string[] = [];
  let limit = 20;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--limit' || a.startsWith('--limit=')) {
      const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const v = Number(raw);
      if (!Number.isInteger(v) || v <= 0 || v > 1000) return { error: `policy-lens ${name}: --limit needs a whole number from 1 to 1000` };
      limit = v;
    } else if (a.startsWith('--')) return { error: `policy-lens ${name}: unknown option ${a}` };
    else positional.push(a);
  }
  return { positional, limit, json };
}

const USAGE = 'usage: policy-lens search <dir> <query> [--limit N] [--json]\n  prefixes: @entity  #tag  >heading  !annotation';

/** Rows for the hits, with 1-based lines from the corpus documents. */
export function searchRows(model: CorpusModel, hits: readonly JumpHit[]): SearchRow[] {
  return hits.map((h) => {
    const doc = h.path ? model.get(h.path) : undefined;
    const line = doc && h.span ? doc.lines.lineOf(h.span.start) + 1 : null;
    return { kind: h.kind, path: h.path ?? null, line, text: h.label, score: Math.round(h.score * 1000) / 1000 };
  });
}

export async function run(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const parsed = parseCommon(args, 'search');
  if ('error' in parsed) { err(`${parsed.error}\n${USAGE}`); return 2; }
  const [dir, ...words] = parsed.positional;
  const query = words.join(' ').trim();
  if (!dir || !query) { err(USAGE); return 2; }
  const { model, jump } = await loadSearch(dir);
  const hits = boostByDocumentTitle(jump.query(query, { limit: parsed.limit }), query, (p) => model.get(p)?.meta.title);
  const rows = searchRows(model, hits);
  if (parsed.json) {
    out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (!rows.length) {
    out(`No results for "${query}".`);
    return 0;
  }
  for (const r of rows) {
    const where = r.path ? `${r.path}${r.line ? `:${r.line}` : ''}` : '';
    out(`${r.score.toFixed(2)}  ${r.kind.padEnd(10)} ${r.text}${where ? `\n${' '.repeat(17)}${where}` : ''}`);
  }
  return 0;
}
