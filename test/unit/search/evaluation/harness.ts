/**
 * The labelled evaluation's machinery: load a corpus the way the CLI does, run a query or a
 * related lookup, and score the top five rows against expected answers named by stable
 * features (a path and a quoted substring of the passage, heading or title; an entity by
 * name), never by offsets the code under test produced.
 */
import { CorpusModel, corpusOptions } from '../../../../src/core/corpus/model';
import { BUILTIN_ENTITIES } from '../../../../src/core/knowledge/builtin';
import { KnowledgeBase } from '../../../../src/core/knowledge/knowledgeBase';
import { createJumpIndex, findRelated, type JumpHit, type JumpIndex, type RelatedHit } from '../../../../src/core/search';
import { toSearchDoc } from '../../../../src/core/search/fromCorpus';
import { toSearchEntities } from '../../../../src/core/search/fromKnowledge';
import { boostByDocumentTitle } from '../../../../src/core/search/documentBoost';
import { passageOnLine } from '../../../../src/core/search/passageLookup';
import type { MemoryFiles } from '../../support/memoryFiles';

/**
 * An expected row: an entity (by a name), or a passage, heading or title holding `has` (one
 * of the strings when several), in `path` or, without one, in any document.
 */
export type Answer = { readonly path?: string; readonly has: string | readonly string[] } | { readonly entity: string };

export interface QueryCase {
  readonly query: string;
  readonly expect: readonly Answer[];
  /** Needs ../shared/corpus. */
  readonly shared?: boolean;
}

export interface RelatedCase {
  /** The passage asked about: its document and a substring of it. */
  readonly from: { readonly path: string; readonly has: string };
  readonly expect: readonly Answer[];
  readonly shared?: boolean;
}

export interface Loaded {
  readonly model: CorpusModel;
  readonly kb: KnowledgeBase;
  readonly jump: JumpIndex;
}

export async function load(files: MemoryFiles): Promise<Loaded> {
  const kb = new KnowledgeBase(BUILTIN_ENTITIES);
  const model = await CorpusModel.load(files, kb, corpusOptions());
  const jump = createJumpIndex();
  jump.setDocuments(model.documents().map(toSearchDoc));
  jump.setEntities(toSearchEntities(kb.all()));
  return { model, kb, jump };
}

/** One row as the evaluation sees it: where it is and its full text. */
interface Row { readonly path?: string; readonly text: string; readonly entity?: string }

function fullText(l: Loaded, path: string | undefined, start: number | undefined, fallback: string): string {
  const doc = path ? l.model.get(path) : undefined;
  if (!doc || start === undefined) return fallback;
  const p = doc.parsed.passages.find((x) => x.span.start <= start && start < x.span.end);
  return p ? p.text : fallback;
}

function jumpRow(l: Loaded, h: JumpHit): Row {
  if (h.kind === 'entity') return { text: h.label, entity: h.label };
  if (h.kind === 'heading') {
    const doc = h.path ? l.model.get(h.path) : undefined;
    const heading = doc?.parsed.headings.find((x) => x.span.start === h.span?.start);
    return { path: h.path, text: heading?.text ?? (h.span?.end === 0 ? doc?.meta.title ?? h.label : h.label) };
  }
  return { path: h.path, text: fullText(l, h.path, h.span?.start, h.label) };
}

function matches(row: Row, a: Answer, kb: KnowledgeBase): boolean {
  if ('entity' in a) {
    if (row.entity === undefined) return false;
    const e = kb.all().find((x) => x.names.en === a.entity || x.names.zh === a.entity || x.id === a.entity);
    const names = e ? [e.names.en, e.names.zh, ...e.aliases.map((x) => (typeof x === 'string' ? x : x.text))] : [];
    return row.entity === a.entity || names.includes(row.entity);
  }
  if (row.path === undefined || (a.path !== undefined && row.path !== a.path)) return false;
  return (typeof a.has === 'string' ? [a.has] : a.has).some((x) => row.text.includes(x));
}

/** Precision and recall at five for one case, with the rows seen. */
export interface CaseScore { readonly p: number; readonly r: number; readonly rows: readonly Row[] }

function score(l: Loaded, rows: readonly Row[], expect: readonly Answer[]): CaseScore {
  const top = rows.slice(0, 5);
  const relevant = top.filter((row) => expect.some((a) => matches(row, a, l.kb))).length;
  const found = expect.filter((a) => top.some((row) => matches(row, a, l.kb))).length;
  return { p: top.length ? relevant / top.length : 0, r: expect.length ? found / expect.length : 1, rows: top };
}

/** Run a Go to… query as the extension does (title tie-break included) and score it. */
export function scoreQuery(l: Loaded, c: QueryCase): CaseScore {
  const hits = boostByDocumentTitle(l.jump.query(c.query, { limit: 50 }), c.query, (p) => l.model.get(p)?.meta.title);
  return score(l, hits.map((h) => jumpRow(l, h)), c.expect);
}

/** The passage a related case asks about, found by its text. */
export function passageOf(l: Loaded, from: RelatedCase['from']): { path: string; index: number } | undefined {
  const doc = l.model.get(from.path);
  const at = doc?.parsed.text.indexOf(from.has) ?? -1;
  if (!doc || at < 0) return undefined;
  const line = doc.lines.lineOf(at);
  const index = passageOnLine(doc.parsed.passages, doc.lines.lineSpan(line));
  return index < 0 ? undefined : { path: doc.path, index };
}

/** Run a related lookup as the extension does and score it. */
export function scoreRelated(l: Loaded, c: RelatedCase): CaseScore & { hits: readonly RelatedHit[] } {
  const ref = passageOf(l, c.from as { path: string; has: string });
  if (!ref) throw new Error(`no passage holds "${c.from.has}" in ${c.from.path}`);
  const entityName = (id: string): string => l.kb.get(id)?.names.en ?? id;
  const entityKind = (id: string): string | undefined => l.kb.get(id)?.kind;
  const hits = findRelated(l.jump, ref, { limit: 20, entityName, entityKind });
  return { ...score(l, hits.map((h) => ({ path: h.path, text: h.text })), c.expect), hits };
}
