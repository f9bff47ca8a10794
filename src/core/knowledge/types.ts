/**
 * Value types of the knowledge base: the entities a researcher expects to be recognised
 * across the corpus (people, institutions, models, laws…) and the mentions found in a text.
 */

/** What sort of thing an entity is; drives icons, grouping and facets. */
export type EntityKind =
  | 'concept'
  | 'principle'
  | 'model'
  | 'technique'
  | 'law'
  | 'standard'
  | 'agreement'
  | 'institution'
  | 'person'
  | 'event'
  | 'theme';

/** Every kind, in display order; used for validation and for grouping in views. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  'concept', 'principle', 'model', 'technique', 'law', 'standard', 'agreement',
  'institution', 'person', 'event', 'theme',
];

/**
 * Another way a text may name an entity. A plain string matches ignoring case and width
 * (NFKC); `caseSensitive` is for short acronyms that collide with ordinary words
 * ("AIR" the institute versus "air").
 */
export type Alias = string | { readonly text: string; readonly caseSensitive?: boolean };

/** One thing the knowledge base knows about. Names and aliases are all matched in texts. */
export interface Entity {
  /** Stable identifier, referenced by `related`, workspace overrides and annotations. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Preferred names per language; also matched as case-insensitive aliases. */
  readonly names: { readonly en?: string; readonly zh?: string };
  readonly aliases: readonly Alias[];
  readonly description: { readonly en: string; readonly zh?: string };
  /** Ids of related entities (shown as links in hovers and the entity view). */
  readonly related: readonly string[];
  readonly homepage?: string;
  /** For themes: words whose presence in a document suggests the theme. */
  readonly keywords?: readonly string[];
  /** Id of the institution this one belongs to (a ministry's government, an institute's university). */
  readonly parent?: string;
  /** Where it belongs: ISO 3166-1 alpha-2 (CN), ISO 3166-2 (CN-SH, US-CA), `EU` or `INT`. */
  readonly jurisdiction?: readonly string[];
  /**
   * Id of the series or whole this entity is a member of (悟道2.0 of 悟道, Responsive AI of
   * the 3R principles): references to the whole also list the members' mentions.
   */
  readonly partOf?: string;
}

/** A place where a text names an entity, in original UTF-16 offsets and original text. */
export interface Mention {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text of an alias, whichever form it was written in. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Whether an alias must match with its exact case. */
export function aliasIsCaseSensitive(alias: Alias): boolean {
  return typeof alias !== 'string' && alias.caseSensitive === true;
}
