/**
 * Public surface of search: the jump index (fuzzy jump box over passages, headings,
 * entities, annotations and tags), related-passage ranking, translation pairing, and the
 * input shapes the rest of the core adapts its model to.
 */
export { createJumpIndex, type JumpIndex, type JumpQueryOptions } from './jump';
export { findRelated, type RelatedHit, type RelatedOptions } from './related';
export { pairTranslations, type TranslationPair } from './translation';
export { IndexCacheError } from './indexCodec';
export { PREFIX_KINDS, parsePrefix } from './queryPrefix';
export type { IndexUpdateStats } from './docItems';
export type {
  JumpHit, JumpKind, PassageRef, SearchAnnotation, SearchDoc, SearchEntity, SearchHeading,
  SearchLink, SearchMention, SearchPassage,
} from './searchTypes';
