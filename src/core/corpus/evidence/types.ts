/**
 * Evidence, not verdicts: every extractor reports what it saw (a kind of evidence, the line
 * and a short excerpt, a strength) and one combining function turns the list into issuer,
 * document type and jurisdiction. The items are structured data so the editor can render
 * them in the reader's language ("from line 3: …审议通过") and the CLI can print them.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Mention } from '../../knowledge/types';
import type { NormalizedText } from '../../text/normalize';

/** What a piece of evidence is about. */
export type EvidenceFacet = 'issuer' | 'type' | 'jurisdiction';

/** Where the evidence was found, as a kind a reader recognises. */
export type EvidenceKind =
  | 'adoption' // …会议审议通过, "adopted by"
  | 'promulgation' // …令 第N号, …发布, 关于印发…的通知
  | 'signature' // closing lines: "THE WHITE HOUSE", an issuing body over a date
  | 'title' // the title's form: "Statement from …", "…关于…的规定", "FACT SHEET"
  | 'byline' // 作者：…, 来源：…, "Source: …"
  | 'newsSource' // 据新华社报道, "(Reuters) —"
  | 'opening' // "We, the Leaders of …", "By the authority vested in me as President …"
  | 'authorship' // "developed by researchers at …", "…推出的"
  | 'copyright' // "© 2024 …"
  | 'citation' // author = {…} in a citation block
  | 'licensor' // a licence's licensor
  | 'frontMatter' // author, publisher, site name fields
  | 'webDomain' // a URL of the document → a web domain
  | 'folder' // the folder the user filed it in
  | 'mentions' // names the knowledge base knows, weighed by where they stand
  | 'knowledge' // what the knowledge base says about an inferred issuer
  | 'issuerName' // a place or level written in the issuer's own name
  | 'structure' // numbered articles, sections
  | 'fileName' // README, LICENSE…
  | 'place' // place names in the title, a governing-law clause
  | 'mentionedPlace' // places the opening passages name (used only when nothing else tells)
  | 'language'; // the language of the text (weak)

/** One observation. `weight` is its strength: about 1 weak, 4 medium, 8 and more strong. */
export interface EvidenceItem {
  readonly facet: EvidenceFacet;
  /** Issuer name as the text gives it, a document type, or a jurisdiction code. */
  readonly value: string;
  /** For issuers: the knowledge-base entity the name resolves to, when it does. */
  readonly entityId?: string;
  readonly kind: EvidenceKind;
  /** Zero-based line of the text, when the evidence stands on one. */
  readonly line?: number;
  /** A short excerpt of what was seen (the line, a field value, a URL, a folder). */
  readonly excerpt: string;
  readonly weight: number;
}

/** The strength words the tooltip shows for a weight. */
export type Strength = 'strong' | 'medium' | 'weak';

/** Strength of a weight, for display. */
export function strengthOf(weight: number): Strength {
  return weight >= 7 ? 'strong' : weight >= 3 ? 'medium' : 'weak';
}

/** A line of the text with its zero-based number and its text without markup. */
export interface TextLine {
  readonly line: number;
  /** The line with markdown/HTML markers stripped and spaces collapsed. */
  readonly text: string;
}

/** What every extractor may look at. Lines are computed once per document. */
export interface EvidenceContext {
  readonly path: string;
  readonly text: string;
  readonly title?: string;
  readonly frontMatter?: Readonly<Record<string, unknown>>;
  /** The first meaningful lines after front matter. */
  readonly head: readonly TextLine[];
  /** The first passages (paragraphs joined across hard line breaks), for formulas that wrap. */
  readonly opening: readonly TextLine[];
  /** The last meaningful lines. */
  readonly tail: readonly TextLine[];
  readonly kb: KnowledgeBase;
  readonly mentions: readonly Mention[];
  readonly norm?: NormalizedText;
  readonly language: string;
}

/** One extractor: one kind of evidence. */
export type Extractor = (ctx: EvidenceContext) => EvidenceItem[];
