/**
 * The document types a reader files texts under, and the words that name them: in a title
 * ("…条例", "Executive Order …", "Remarks by …"), in a front-matter category, a web path or a
 * folder name.
 */

/** The document types, in the order menus list them. */
export const DOCUMENT_TYPES = [
  'law', 'regulation', 'judicial-interpretation', 'executive-order', 'plan', 'standard', 'principles',
  'statement', 'speech', 'report', 'news', 'technical', 'licence', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Whether a string is one of the document types. */
export function isDocumentType(s: unknown): s is DocumentType {
  return typeof s === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(s);
}

/** Loose words (a category, a path, a folder) → a type; the first rule that matches wins. */
const WORDS: ReadonlyArray<[RegExp, DocumentType]> = [
  [/\bjudicial[- ]interpretations?\b|司法解释/i, 'judicial-interpretation'],
  [/\bexecutive[- ]orders?\b|presidential[- ]actions?/i, 'executive-order'],
  [/\b(?:laws?|statutes?|acts|legislation)\b|法律/i, 'law'],
  [/\b(?:regulations?|rules|directives?)\b|行政法规|地方性法规|部门规章|规章/i, 'regulation'],
  [/\b(?:plans?|strateg(?:y|ies)|roadmaps?)\b|规划|计划/i, 'plan'],
  [/\b(?:standards?)\b|标准/i, 'standard'],
  [/\b(?:principles|guidelines|codes? of conduct|charters?|declarations?)\b|原则|准则|倡议/i, 'principles'],
  [/\b(?:statements?|releases?|press|readouts?|communiqu[eé]s?|briefings?)\b|声明/i, 'statement'],
  [/\b(?:speech(?:es)?|remarks|transcripts?|addresses|keynotes?)\b|讲话|致辞/i, 'speech'],
  [/\b(?:reports?|white ?papers?|studies|research|publications?)\b|报告|白皮书/i, 'report'],
  [/\b(?:news|articles?|blog|posts?|announcements?|stories)\b|新闻|资讯|动态/i, 'news'],
  [/\b(?:readme|model[- ]cards?|docs|documentation|technical)\b/i, 'technical'],
  [/\b(?:licen[cs]es?|terms)\b|许可/i, 'licence'],
];

/** The type loose words name, if any. */
export function typeFromWords(s: string): DocumentType | undefined {
  for (const [re, type] of WORDS) if (re.test(s)) return type;
  return undefined;
}
