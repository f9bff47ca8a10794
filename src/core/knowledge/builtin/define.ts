/** A compact way to write built-in entries, so the data files read like a table. */
import { Alias, Entity, EntityKind } from '../types';

/** Optional parts of a built-in entry. */
export interface Extras {
  readonly zh?: string;
  readonly related?: readonly string[];
  readonly homepage?: string;
  readonly keywords?: readonly string[];
}

/** Build one entity: `en`/`zh` names, aliases and an English description, plus extras. */
export function define(
  id: string,
  kind: EntityKind,
  names: { en?: string; zh?: string },
  aliases: readonly Alias[],
  description: string,
  extras: Extras = {},
): Entity {
  return {
    id,
    kind,
    names,
    aliases,
    description: extras.zh ? { en: description, zh: extras.zh } : { en: description },
    related: extras.related ?? [],
    ...(extras.homepage ? { homepage: extras.homepage } : {}),
    ...(extras.keywords ? { keywords: extras.keywords } : {}),
  };
}

/** Shorthand for an alias that must match with its exact case. */
export function exact(text: string): Alias {
  return { text, caseSensitive: true };
}
