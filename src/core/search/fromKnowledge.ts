/**
 * The knowledge base as search sees it: one `SearchEntity` per entity, carrying every name
 * and alias in every language, so `@Xue Lan`, `@薛澜` and `@XL` all find the same person.
 */
import { aliasText, type Entity } from '../knowledge/types';
import { foldForMatch } from '../text/normalize';
import type { SearchEntity } from './searchTypes';

/**
 * Entities for the jump index. The name in `lang` comes first (it is what result rows and
 * "mentions …" notes show), then the other preferred name, then aliases; names that differ
 * only in case or width are listed once.
 */
export function toSearchEntities(entities: readonly Entity[], lang: 'en' | 'zh' = 'en'): SearchEntity[] {
  return entities.map((e) => {
    const preferred = lang === 'zh' ? [e.names.zh, e.names.en] : [e.names.en, e.names.zh];
    const seen = new Set<string>();
    const names: string[] = [];
    for (const n of [...preferred, ...e.aliases.map(aliasText)]) {
      const name = n?.trim();
      if (!name) continue;
      const key = foldForMatch(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
    // An entity without any name is still findable by its id.
    return { id: e.id, names: names.length ? names : [e.id], kind: e.kind };
  });
}
