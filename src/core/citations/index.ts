/** Citations between documents: extraction, resolution, the corpus index and what builds on it. */
export type { Citation, CitationKind, CitationTarget, ResolvedCitation } from './types';
export { extractCitations } from './extract';
export { CitationResolver, type EntityLookup, type Resolution } from './resolve';
export { documentKeys, type NamedDocument } from './documentKeys';
export { CitationIndex, citationsOfParsed, type CitedDocument, type UnresolvedInstrument } from './citationIndex';
export { findArticle } from './articleLocation';
export { citedArticles, type CitedArticle } from './citedArticles';
export { citationsOfInstrument, documentNamed, keysOfName } from './instrumentQuery';
export { citationBoosts, type RelatedBoost } from './relatedBoosts';
export { parseChineseNumber } from './numerals';
