/**
 * Definitions in policy texts: the passage that says what a term means ("‘general-purpose
 * AI model’ means…", "The term “dual-use foundation model” means…", "本法所称个人信息，是指…",
 * "“人工智能”是指…"). A researcher looking a term up wants its definition first, and two
 * definitions are related even when their terms differ, so search finds them once per
 * document and keeps them beside the passage index.
 */
import type { SearchDoc } from './searchTypes';

/** One defined term: where it is named, in document offsets, and the passage defining it. */
export interface DefinedTerm {
  readonly term: string;
  readonly passage: number;
  readonly start: number;
  readonly end: number;
}

const OPEN = `[‘'"“「『]`;
const CLOSE = `[’'"”」』]`;
const VERB = String.raw`(?:means|shall mean|refers to|is defined as|has the meaning|includes? any)\b`;
/** A numbered lead such as `(63)`, `3.`, `(a)`, `（一）`, `第二条`, `一、`. */
const LEAD = String.raw`^\s*(?:\(\s*[\w.]{1,6}\s*\)|[\d.]{1,6}[.)]|（[^）]{1,6}）|第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、)?\s*`;

/**
 * Each pattern with the literal its text must contain (a cheap test that skips most
 * passages) and whether it can only match at the start of the passage.
 */
interface Pattern { readonly re: RegExp; readonly needs: readonly string[]; readonly opening: boolean }

const OPENING_SPAN = 200;

const PATTERNS: readonly RegExp[] = [
  // 'X' means … (at the start of the passage, after an item number)
  new RegExp(`${LEAD}${OPEN}([^’'"”」』\\n]{2,80})${CLOSE}\\s*,?\\s*${VERB}`, 'iu'),
  // The term "X" means … (anywhere)
  new RegExp(`\\bthe (?:term|expression|phrase)s?\\s+${OPEN}([^’'"”」』\\n]{2,80})${CLOSE}\\s*,?\\s*(?:${VERB}|as used in)`, 'giu'),
  // X means … (unquoted, a short noun phrase opening the passage)
  new RegExp(`${LEAD}((?:[A-Z][\\w-]*|[a-z][\\w-]*)(?: [\\w-]+){0,5}?)\\s+(?:means|refers to)\\b`, 'u'),
  // 本法所称X，是指 … (anywhere)
  /本(?:法|条例|办法|规定|决定|意见|标准|规则|细则|措施)(?:中)?所称(?:的)?[“「]?([^，,。；：“”「」\s]{1,30}?)[”」]?[，,]?(?:是指|指)/gu,
  // X是指 / “X”是指 … (at the start of the passage)
  new RegExp(`${LEAD}[“「]?([^，,。；：“”「」\\s]{1,30}?)[”」]?[，,]?是指`, 'u'),
];

const PLAN: readonly Pattern[] = [
  { re: PATTERNS[0], needs: ['mean', 'refer', 'defin', 'includ'], opening: true },
  { re: PATTERNS[1], needs: ['term', 'expression', 'phrase'], opening: false },
  { re: PATTERNS[2], needs: ['mean', 'refer'], opening: true },
  { re: PATTERNS[3], needs: ['所称'], opening: false },
  { re: PATTERNS[4], needs: ['是指'], opening: true },
];

/** Words that open sentences "X means" where X is not a term ("This means", "That means"). */
const NOT_TERMS = /^(?:this|that|it|which|what|these|those|there|here|such|each|which also|ai safety)$/i;

/** The terms a passage text defines, with their offsets in `text`. */
export function definedTermsIn(text: string): { term: string; start: number; end: number }[] {
  const out: { term: string; start: number; end: number }[] = [];
  const seen = new Set<string>();
  let lower: string | undefined;
  for (const { re, needs, opening } of PLAN) {
    const scope = opening ? text.slice(0, OPENING_SPAN) : text;
    lower ??= text.toLowerCase();
    const hay = opening ? lower.slice(0, OPENING_SPAN) : lower;
    if (!needs.some((n) => hay.includes(n))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(scope); m; m = re.global ? re.exec(scope) : null) {
      const term = m[1].trim();
      if (term.length < 2 || NOT_TERMS.test(term) || term.includes('所称') || seen.has(term)) continue;
      const start = m.index + m[0].indexOf(m[1]);
      seen.add(term);
      out.push({ term, start, end: start + m[1].length });
    }
  }
  return out;
}

const computed = new WeakMap<SearchDoc, readonly DefinedTerm[]>();

/**
 * Every term a document defines, computed once per document object (a changed document
 * arrives as a new object). Offsets are document offsets when the passage text is a
 * verbatim slice, else the passage start.
 */
export function definitionsOf(doc: SearchDoc): readonly DefinedTerm[] {
  let defs = computed.get(doc);
  if (defs) return defs;
  const list: DefinedTerm[] = [];
  doc.passages.forEach((p, i) => {
    if (p.kind === 'code' || p.kind === 'heading' || p.kind === 'table') return;
    const verbatim = p.text.length === p.span.end - p.span.start;
    for (const d of definedTermsIn(p.text)) {
      list.push({
        term: d.term, passage: i,
        start: verbatim ? p.span.start + d.start : p.span.start,
        end: verbatim ? p.span.start + d.end : p.span.start,
      });
    }
  });
  defs = list;
  computed.set(doc, defs);
  return defs;
}
