/** Turns entities into the strings the matcher looks for. */
import { foldForMatch } from '../text/normalize';
import { canonicalize } from './automaton';
import { sessionForms } from './sessionForms';
import type { MatchPattern } from './matcher';
import { aliasIsCaseSensitive, aliasText, Entity } from './types';

/** The matching key of a name or alias: NFKC, lower case, look-alike punctuation unified. */
export function matchKey(text: string): string {
  return canonicalize(foldForMatch(text).trim());
}

/**
 * Names and aliases of every entity except themes, one pattern per distinct key and
 * entity. An alias written as case-sensitive also makes an identical name case-sensitive,
 * which is how a short name such as "CLIP" avoids linking the word "clip".
 */
export function entityPatterns(entities: readonly Entity[]): MatchPattern[] {
  const out: MatchPattern[] = [];
  for (const e of entities) {
    if (e.kind === 'theme') continue;
    const seen = new Set<string>();
    const add = (text: string, caseSensitive: boolean): void => {
      const key = matchKey(text);
      if (key.length === 0 || seen.has(key)) return;
      seen.add(key);
      out.push({ entityId: e.id, text, caseSensitive });
    };
    for (const a of e.aliases) add(aliasText(a), aliasIsCaseSensitive(a));
    if (e.names.en) add(e.names.en, false);
    if (e.names.zh) add(e.names.zh, false);
    // A local congress is also cited with its term number (上海市第十五届人民代表大会…).
    for (const name of [e.names.zh, ...e.aliases.map(aliasText)]) for (const form of sessionForms(name ?? '')) add(form, false);
  }
  return out;
}

/** Theme keywords as patterns whose entity is the theme (keywords are never case-sensitive). */
export function keywordPatterns(entities: readonly Entity[]): MatchPattern[] {
  const out: MatchPattern[] = [];
  for (const e of entities) {
    if (e.kind !== 'theme') continue;
    for (const k of new Set((e.keywords ?? []).map(matchKey))) {
      if (k.length > 0) out.push({ entityId: e.id, text: k });
    }
  }
  return out;
}

/** Keys claimed by more than one entity: the later entity never gets linked for them. */
export function sharedAliases(entities: readonly Entity[]): { key: string; ids: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const p of entityPatterns(entities)) {
    const key = matchKey(p.text);
    const set = owners.get(key) ?? new Set<string>();
    set.add(p.entityId);
    owners.set(key, set);
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, ids: [...ids] }));
}
