/**
 * Entity work outside indexing: how fast the mention matcher reads text, and what one
 * hover costs in core — the mention under the cursor, the entity, its counts per document
 * and institution, and the statements quoted from other documents (as `hoverCard.ts` does,
 * through `CorpusModel.mentionIndex()`).
 */
import type { CorpusModel } from '../src/core/corpus/model';
import { BUILTIN_ENTITIES, KnowledgeBase } from '../src/core/knowledge';
import { mentionAt } from '../src/core/knowledge/matcher';
import { pickStatements, summarizeReferences } from '../src/core/knowledge/references';
import { mbps, now, percentile } from './stats';
import { seededRandom } from './synthetic';

/** MB/s of document text through `kb.findMentions`, and how many mentions it found. */
export function mentionThroughput(kb: KnowledgeBase, model: CorpusModel): { mbps: number; mentions: number } {
  const texts = model.documents().map((d) => d.parsed.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = now();
  let mentions = 0;
  for (const t of texts) mentions += kb.findMentions(t).length;
  return { mbps: mbps(bytes, now() - t0), mentions };
}

/** Entities the knowledge base had before it moved to data files: the size of the baseline. */
const EARLIER_KB_SIZE = 90;

/**
 * The same throughput with a knowledge base cut to {@link EARLIER_KB_SIZE} built-in entities,
 * so the cost of the grown knowledge base shows as a ratio within one run.
 */
export function mentionThroughputSmallKb(model: CorpusModel): { mbps: number; mentions: number } {
  return mentionThroughput(new KnowledgeBase(BUILTIN_ENTITIES.slice(0, EARLIER_KB_SIZE)), model);
}

export interface HoverTimes {
  readonly p50: number;
  readonly p95: number;
  readonly hovers: number;
  /** p95 of the mention lookup + entity alone (no corpus-wide counts). */
  readonly lookupP95: number;
}

/** `count` hovers at random mentions across the corpus (seeded). */
export function hoverLatency(kb: KnowledgeBase, model: CorpusModel, count = 200): HoverTimes {
  const docs = model.documents().filter((d) => d.mentions.length > 0);
  if (!docs.length) return { p50: NaN, p95: NaN, hovers: 0, lookupP95: NaN };
  const r = seededRandom(7);
  const times: number[] = [];
  const lookups: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = docs[Math.floor(r() * docs.length)];
    const m = doc.mentions[Math.floor(r() * doc.mentions.length)];
    const offset = m.start + Math.floor(r() * (m.end - m.start));
    const t0 = now();
    const current = model.get(doc.path)!;
    const hit = mentionAt(current.mentions, offset);
    const entity = hit && kb.get(hit.entityId);
    const t1 = now();
    if (!entity) throw new Error(`no mention at ${doc.path}:${offset}`);
    // The same calls as the hover card (src/vscode/entities/hoverCard.ts), through the
    // model's per-entity mention index (rebuilt lazily after a change, as in the editor).
    const mentions = model.mentionIndex();
    const summary = summarizeReferences(mentions, entity.id);
    const quotes = pickStatements(mentions, entity.id, { exclude: doc.path, limit: 3 });
    times.push(now() - t0);
    lookups.push(t1 - t0);
    if (summary.mentions === 0 || quotes.length > 3) throw new Error('hover found nothing');
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), hovers: count, lookupP95: percentile(lookups, 95) };
}
