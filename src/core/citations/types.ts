/**
 * Value types of citations between documents: a reference one text makes to another
 * instrument (a law, regulation, order, standard, resolution…), where it stands, the
 * identity keys it can be resolved by, and what it was resolved to. Extraction, resolution
 * and presentation are separate steps (as in the Free Law Project's eyecite), so each can be
 * tested alone.
 */

/** Which citation form was recognised. */
export type CitationKind =
  | 'title'            // 《…》 title
  | 'act'              // "the X Act (of YYYY)"
  | 'eu'               // Regulation (EU) 2016/679, Directive 2019/790/EU, Decision …
  | 'executive-order'  // Executive Order 14110, E.O. 14110
  | 'us-code'          // 15 U.S.C. 9401
  | 'public-law'       // Pub. L. 117-167
  | 'cfr'              // 45 CFR 164
  | 'standard'         // ISO/IEC 42001, NIST AI 100-1, GB/T 45654-2025, TC260-003
  | 'un-resolution'    // A/RES/78/265, Security Council resolution 2720 (2023)
  | 'memorandum'       // OMB M-24-10
  | 'short-name'       // Article 22 GDPR
  | 'named';           // a mention of a knowledge-base law or agreement ("the EU AI Act")

/** A reference to another instrument found in a text (offsets are UTF-16, original text). */
export interface Citation {
  readonly kind: CitationKind;
  readonly start: number;
  readonly end: number;
  /** The text as written, e.g. `《中华人民共和国网络安全法》第二十四条`. */
  readonly text: string;
  /** Short display form of the instrument, e.g. `网络安全法`, `Executive Order 14110`. */
  readonly label: string;
  /**
   * Identity keys, most specific first (`eo:14110`, `title:网络安全法`); two citations with
   * a key in common name the same instrument.
   */
  readonly keys: readonly string[];
  /** The article (or section) cited, as written: `第二十四条`, `Article 5`. */
  readonly article?: string;
  /** The article's number, when it has one (`第二十四条` → 24). */
  readonly articleNumber?: number;
  /** Version or year given with the citation: `2021年修正`, `2022`. */
  readonly version?: string;
  /**
   * False for a 《…》 title that does not read as an instrument (a newspaper, a book):
   * it counts only when it names a document of the corpus.
   */
  readonly instrument: boolean;
}

/** What a citation was resolved to; neither field when the instrument is not known. */
export interface CitationTarget {
  /** Workspace-relative path of the cited document. */
  readonly path?: string;
  /** Knowledge-base entity id of the cited instrument. */
  readonly entity?: string;
  /** The article, as written, when one was cited. */
  readonly article?: string;
}

/** A citation of one document with its resolution. */
export interface ResolvedCitation {
  /** The citing document. */
  readonly path: string;
  readonly citation: Citation;
  readonly target: CitationTarget;
}
