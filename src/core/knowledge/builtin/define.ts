/**
 * A compact way to write entities in code (test knowledge bases, fixtures); the shipped
 * entries are data files in `../data/`.
 */
import { Alias, Entity, EntityKind } from '../types';

/** Optional parts of a built-in entry. */
export interface Extras {
  readonly zh?: string;
  readonly related?: readonly string[];
  readonly homepage?: string;
  readonly keywords?: readonly string[];
  readonly parent?: string;
  readonly jurisdiction?: readonly string[];
  readonly partOf?: string;
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
    ...(extras.parent ? { parent: extras.parent } : {}),
    ...(extras.jurisdiction ? { jurisdiction: extras.jurisdiction } : {}),
    ...(extras.partOf ? { partOf: extras.partOf } : {}),
  };
}

/** Shorthand for an alias that must match with its exact case. */
export function exact(text: string): Alias {
  return { text, caseSensitive: true };
}
