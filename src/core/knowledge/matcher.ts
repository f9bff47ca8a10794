/**
 * Finds where a text names known entities. Matching runs on the NFKC + lower-case form of
 * the text (so `GPT－3` is GPT-3 and `悟道2．0` is 悟道2.0) and every hit is mapped back to
 * the original UTF-16 offsets that VS Code shows.
 */
import { matchKey } from './patterns';
import { normalizeForMatch, type NormalizedText } from '../text/normalize';
import { AhoCorasick, canonicalize } from './automaton';
import { onHanWordBoundaries } from './cjkBoundary';
import { Mention } from './types';

/** One string to look for and the entity it names. */
export interface MatchPattern {
  readonly entityId: string;
  readonly text: string;
  /** Compare the original text's case too (after NFKC), not only the folded form. */
  readonly caseSensitive?: boolean;
}

interface Compiled {
  readonly entityId: string;
  readonly caseForm?: string;
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

/**
 * Whether a code unit continues a Latin-script word (letters, digits, accents, Greek,
 * Cyrillic). CJK characters do not: `是GPT-3的` names GPT-3, `ChatGPT-3` does not.
 */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x52f) || (code >= 0x1e00 && code <= 0x1fff);
}

/** Multi-pattern mention finder, built once per knowledge base and reused for every text. */
export class MentionMatcher {
  private readonly automaton: AhoCorasick;
  private readonly compiled: Compiled[] = [];

  constructor(patterns: readonly MatchPattern[]) {
    const folded: string[] = [];
    for (const p of patterns) {
      const f = matchKey(p.text);
      if (f.length === 0) continue;
      folded.push(f);
      this.compiled.push({
        entityId: p.entityId,
        caseForm: p.caseSensitive ? canonicalize(p.text.trim().normalize('NFKC')) : undefined,
        wordStart: isWordUnit(f.charCodeAt(0)),
        wordEnd: isWordUnit(f.charCodeAt(f.length - 1)),
      });
    }
    this.automaton = new AhoCorasick(folded);
  }

  /** Number of patterns compiled into the automaton. */
  get patternCount(): number {
    return this.compiled.length;
  }

  /**
   * Every acceptable hit, overlaps included (a span may even carry several entities),
   * sorted by start then longest first. Used where counting matters more than linking,
   * e.g. theme keywords. `norm` is `normalizeForMatch(text)` when the caller already has it
   * (several matchers over one text then normalise it once).
   */
  findAll(text: string, norm: NormalizedText = normalizeForMatch(text)): Mention[] {
    const { map } = norm;
    const ntext = norm.text;
    const nlen = ntext.length;
    const lengths = this.automaton.lengths;
    const hits: Mention[] = [];
    this.automaton.scan(ntext, (p, e) => {
      const s = e - lengths[p];
      // A hit must cover whole original characters, not half of an expansion such as ㎏.
      if (s > 0 && map[s] === map[s - 1]) return;
      if (e < nlen && map[e] === map[e - 1]) return;
      const c = this.compiled[p];
      if (c.wordStart && s > 0 && isWordUnit(ntext.charCodeAt(s - 1))) return;
      if (c.wordEnd && e < nlen && isWordUnit(ntext.charCodeAt(e))) return;
      const start = map[s];
      const end = map[e];
      const original = text.slice(start, end);
      if (c.caseForm !== undefined && canonicalize(original.normalize('NFKC')) !== c.caseForm) return;
      hits.push({ entityId: c.entityId, start, end, text: original });
    });
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
  }

  /**
   * Mentions to link: leftmost-longest and never overlapping, so a longer name is never
   * also linked as a shorter one inside it ("ChatGPT" is not GPT, "Advancing American AI
   * Act" is not the EU AI Act). When two entities share the exact span, the one whose
   * pattern came first wins. A Chinese name inside a longer word is not a mention (教育部 in
   * 教育部门, see `cjkBoundary.ts`). Sorted by start. `norm` as for {@link findAll}.
   */
  findMentions(text: string, norm?: NormalizedText): Mention[] {
    const all = this.findAll(text, norm);
    const chosen: Mention[] = [];
    let covered = 0;
    for (const m of all) {
      if (m.start < covered) continue;
      if (!onHanWordBoundaries(text, m.start, m.end)) continue;
      chosen.push(m);
      covered = m.end;
    }
    return chosen;
  }
}

/**
 * The mention under `offset` (start inclusive, end exclusive), by binary search over
 * mentions sorted by start and not overlapping — the hover lookup.
 */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}
