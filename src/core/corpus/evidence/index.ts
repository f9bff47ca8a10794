/**
 * Issuer, type and jurisdiction inference: every extractor reads the document for one kind
 * of evidence, and {@link combineEvidence} decides. Nothing here names a particular issuer;
 * the extractors know forms (a promulgation line, a signature, an opening formula), the
 * knowledge base knows names.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Mention } from '../../knowledge/types';
import type { NormalizedText } from '../../text/normalize';
import type { ParsedDocument } from '../../types';
import { authorshipEvidence } from './authorship';
import { combineEvidence, InferredFacets } from './combine';
import { coverEvidence } from './coverLines';
import { typeEvidence } from './docType';
import { mentionEvidence } from './mentions';
import { openingEvidence } from './openings';
import { placeEvidence } from './placeEvidence';
import { promulgationEvidence } from './promulgation';
import { folderEvidence, frontMatterEvidence } from './provenance';
import { signatureEvidence } from './signature';
import { subjectModelEvidence } from './subjectModel';
import { bodyStart, headLines, openingPassages, tailLines } from './textLines';
import { bylineEvidence, newsSourceEvidence, titleEvidence } from './titleForms';
import type { EvidenceContext, EvidenceItem, Extractor } from './types';

export type { EvidenceItem, EvidenceKind, EvidenceFacet, Strength } from './types';
export { strengthOf } from './types';
export type { InferredFacets, InferredIssuer } from './combine';
export { DOCUMENT_TYPES, isDocumentType } from './docTypeWords';
export type { DocumentType } from './docTypeWords';

/** Every extractor, one per kind of evidence. */
export const EXTRACTORS: readonly Extractor[] = [
  promulgationEvidence, signatureEvidence, titleEvidence, bylineEvidence, coverEvidence, newsSourceEvidence, openingEvidence,
  authorshipEvidence, frontMatterEvidence, folderEvidence, mentionEvidence, subjectModelEvidence, typeEvidence, placeEvidence,
];

/** What the inference needs of a document. */
export interface InferenceInput {
  readonly parsed: ParsedDocument;
  readonly title?: string;
  readonly mentions: readonly Mention[];
  readonly kb: KnowledgeBase;
  readonly language: string;
  readonly norm?: NormalizedText;
}

/** The context every extractor reads, built once. */
export function evidenceContext(input: InferenceInput): EvidenceContext {
  const { parsed } = input;
  const from = bodyStart(parsed.text, parsed.frontMatter !== undefined);
  return {
    path: parsed.path,
    text: parsed.text,
    title: input.title ?? parsed.title,
    frontMatter: parsed.frontMatter,
    head: headLines(parsed.text, from),
    opening: openingPassages(parsed, from),
    tail: tailLines(parsed.text, from),
    kb: input.kb,
    mentions: input.mentions,
    norm: input.norm,
    language: input.language,
  };
}

/** All evidence a document offers. */
export function collectEvidence(ctx: EvidenceContext, extractors: readonly Extractor[] = EXTRACTORS): EvidenceItem[] {
  return extractors.flatMap((extract) => extract(ctx));
}

/** Issuers, type and jurisdiction of a document, each with its evidence. */
export function inferFacets(input: InferenceInput): InferredFacets {
  return combineEvidence(collectEvidence(evidenceContext(input)), input.kb);
}
