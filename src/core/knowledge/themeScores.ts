/** Theme evidence for one text, for the corpus model's facets. */
import { KnowledgeBase } from './knowledgeBase';
import { foldForMatch } from '../text/normalize';

/** How strongly a text suggests one theme. */
export interface ThemeScore {
  readonly themeId: string;
  /** Keyword occurrences; a word shared by two themes counts for both. */
  readonly hits: number;
  /** Distinct keywords seen; a theme carried by one repeated word is weak evidence. */
  readonly distinct: number;
  /** Hits per 1,000 characters of text, so long and short documents compare. */
  readonly density: number;
}

/** Score every theme of `kb` on `text`, strongest first; themes with no hit are omitted. */
export function scoreThemes(kb: KnowledgeBase, text: string): ThemeScore[] {
  const hits = new Map<string, number>();
  const words = new Map<string, Set<string>>();
  const covered = new Map<string, number>();
  for (const m of kb.themeMatcher.findAll(text)) {
    // Within one theme a keyword nested in a longer one (模型 in 大模型) is not counted twice.
    if (m.start < (covered.get(m.entityId) ?? 0)) continue;
    covered.set(m.entityId, m.end);
    hits.set(m.entityId, (hits.get(m.entityId) ?? 0) + 1);
    const set = words.get(m.entityId) ?? new Set<string>();
    set.add(foldForMatch(m.text));
    words.set(m.entityId, set);
  }
  const perK = Math.max(text.length, 1) / 1000;
  return [...hits]
    .map(([themeId, n]) => ({ themeId, hits: n, distinct: words.get(themeId)!.size, density: n / perK }))
    .sort((a, b) => b.hits - a.hits || a.themeId.localeCompare(b.themeId));
}
