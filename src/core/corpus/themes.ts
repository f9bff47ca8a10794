/**
 * Which themes a document is about, from how densely it uses each theme's keywords, names
 * the theme itself, or names entities the knowledge base files under the theme. Several
 * themes may apply; each must be dense enough on its own and not dwarfed by the leading one.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/types';
import type { Attribution } from './metadata';
import type { AttributionInput } from './institutions';
import { entityName } from './entityNames';
import type { NormalizedText } from '../text/normalize';

/** A mention of an entity filed under the theme counts this much of a keyword hit. */
const RELATED_WEIGHT = 0.5;
/** A theme needs at least this many (weighted) hits… */
const MIN_HITS = 4;
/** …from at least this many different keywords or related entities… */
const MIN_DISTINCT = 2;
/** …and at least this many hits per 1,000 characters. */
const MIN_DENSITY = 0.6;
/** Runners-up are kept when they reach this share of the leader's hits. */
const KEEP_SHARE = 0.5;
const MAX_THEMES = 3;

/** Rank the themes of a text; returns inferred attributions, best first. */
export function inferThemes(input: AttributionInput): Attribution[] {
  const { kb, text } = input;
  const themes = new Map(kb.byKind('theme').map((t) => [t.id, t]));
  if (themes.size === 0) return [];
  const related = relatedMentions(input, themes);
  const scored: Array<{ theme: Entity; hits: number; detail: string }> = [];
  const perK = Math.max(text.length, 1) / 1000;
  const keywordScores = keywordHits(kb, text, input.norm);
  for (const [id, theme] of themes) {
    const k = keywordScores.get(id);
    const r = related.get(id);
    const hits = (k?.hits ?? 0) + (r?.count ?? 0) * RELATED_WEIGHT;
    const distinct = (k?.words.size ?? 0) + (r?.names.size ?? 0);
    if (hits < MIN_HITS || distinct < MIN_DISTINCT || hits / perK < MIN_DENSITY) continue;
    scored.push({ theme, hits, detail: describe(k, r) });
  }
  scored.sort((a, b) => b.hits - a.hits);
  if (scored.length === 0) return [];
  const top = scored[0].hits;
  return scored
    .filter((s) => s.hits >= top * KEEP_SHARE)
    .slice(0, MAX_THEMES)
    .map((s) => ({ id: s.theme.id, name: entityName(s.theme, s.theme.id), source: 'inferred' as const, provenance: s.detail }));
}

interface KeywordHits {
  hits: number;
  /** Keyword (as written in the text, folded) → occurrences. */
  words: Map<string, number>;
}

/** Theme keyword occurrences; a keyword nested in a longer one of the same theme counts once. */
function keywordHits(kb: KnowledgeBase, text: string, norm?: NormalizedText): Map<string, KeywordHits> {
  const out = new Map<string, KeywordHits>();
  const covered = new Map<string, number>();
  for (const m of kb.themeMatcher.findAll(text, norm)) {
    if (m.start < (covered.get(m.entityId) ?? 0)) continue;
    covered.set(m.entityId, m.end);
    const k = out.get(m.entityId) ?? { hits: 0, words: new Map<string, number>() };
    const word = m.text.normalize('NFKC').toLowerCase();
    k.hits++;
    k.words.set(word, (k.words.get(word) ?? 0) + 1);
    out.set(m.entityId, k);
  }
  return out;
}

interface Related {
  count: number;
  names: Set<string>;
}

/** Mentions of entities the knowledge base files under each theme (either direction of `related`). */
function relatedMentions(input: AttributionInput, themes: ReadonlyMap<string, Entity>): Map<string, Related> {
  const out = new Map<string, Related>();
  const cache = new Map<string, string[]>();
  for (const m of input.mentions) {
    let ids = cache.get(m.entityId);
    if (!ids) {
      const entity = input.kb.get(m.entityId);
      ids = entity ? [...themes.values()].filter((t) => entity.related.includes(t.id) || t.related.includes(entity.id)).map((t) => t.id) : [];
      cache.set(m.entityId, ids);
    }
    for (const id of ids) {
      const r = out.get(id) ?? { count: 0, names: new Set<string>() };
      r.count++;
      r.names.add(entityName(input.kb.get(m.entityId), m.entityId));
      out.set(id, r);
    }
  }
  return out;
}

function describe(k: KeywordHits | undefined, related: Related | undefined): string {
  const parts: string[] = [];
  if (k) {
    const top = [...k.words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([w, n]) => `${n}× ${w}`);
    parts.push(`keywords ${top.join(', ')}${k.words.size > 3 ? ` (+${k.words.size - 3} more)` : ''}`);
  }
  if (related) {
    parts.push(`${related.count} mention${related.count === 1 ? '' : 's'} of related entities such as ${[...related.names].slice(0, 2).join(', ')}`);
  }
  return `inferred from ${parts.join(' and ')}`;
}
