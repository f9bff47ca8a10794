/**
 * Named statutes in English: "the CHIPS and Science Act of 2022", "Data Protection Act
 * 2018", "the National Artificial Intelligence Initiative Act". The name is the run of
 * capitalised words (with of/and/for/on… between them) that ends in "Act"; a bare "the Act",
 * "this Act" or "an Act of Congress", and "act" as a verb, are not citations.
 */
import { titleKey } from './keys';
import type { Citation } from './types';

const ACT = /\bAct\b(?:,?\s+(?:of\s+)?((?:19|20)\d{2})\b)?/g;
/** Lower-case words that may stand inside a name. */
const JOINERS = new Set(['of', 'and', 'for', 'on', 'the', 'in', 'to', '&', 'de', 'against', 'with']);
/** Words that begin a clause rather than a name; trimmed from the front of a candidate. */
const LEADING = new Set([
  'The', 'This', 'That', 'These', 'Those', 'Such', 'An', 'A', 'Any', 'Each', 'Every', 'Our', 'Its', 'Their', 'His', 'Her',
  'Under', 'Pursuant', 'With', 'In', 'By', 'For', 'As', 'Per', 'According', 'Through', 'Since', 'Following', 'Unlike',
  'Like', 'Both', 'While', 'When', 'If', 'And', 'Or', 'But', 'Section', 'Sec.', 'Title', 'Article', 'See', 'Also', 'Of', 'To',
  'On', 'From', 'After', 'Before', 'Once', 'Amending', 'Amend', 'Amends', 'Amended', 'Revised', 'New', 'Proposed',
  'Implementing', 'Repealing', 'Including', 'Whereas', 'Note', 'We', 'It', 'I', 'They',
]);
const MAX_WORDS = 14;
/** Words a name never runs back across: "the U.S. The Act" names nothing. */
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'Such', 'An', 'A', 'Any', 'Each', 'Every']);
/** Characters that end a clause. */
const STOP = /[^\s\p{L}\p{N}'’.&-]/u;

/** A word that can be part of a statute's name: capitalised, an acronym, or a number ("21st"). */
function nameWord(w: string): boolean {
  return /^(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)|U\.S\.)$/u.test(w);
}

/** Every "… Act" name in `text` that is more than a bare reference to an act. */
export function extractActs(text: string): Citation[] {
  const out: Citation[] = [];
  ACT.lastIndex = 0;
  for (let m = ACT.exec(text); m; m = ACT.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    // Back to the start of the clause: punctuation other than ' . - & ends a name.
    let cut = before.length;
    while (cut > 0 && !STOP.test(before[cut - 1]) && !(before[cut - 1] === '\n' && /\n[ \t]*$/.test(before.slice(0, cut - 1)))) cut--;
    const region = before.slice(cut);
    const regionStart = m.index - region.length;
    const words = [...region.matchAll(/\S+/g)].map((w) => ({ w: w[0], at: regionStart + w.index! }));
    let i = words.length;
    while (i > 0 && words.length - i < MAX_WORDS) {
      const w = words[i - 1].w;
      // Another "Act" ends the name: "the A Act of 2031 and the B Act" names two.
      if ((!nameWord(w) && !JOINERS.has(w)) || DETERMINERS.has(w) || /^Acts?$/.test(w)) break;
      // "…in Congress. Privacy Act": a full stop ends the sentence unless it marks initials (U.S.).
      if (w.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(w)) break;
      i--;
    }
    let name = words.slice(i);
    while (name.length && (JOINERS.has(name[0].w) || LEADING.has(name[0].w))) name = name.slice(1);
    if (!name.some((w) => nameWord(w.w))) continue;
    const start = name[0].at;
    const end = m.index + m[0].length;
    const label = `${text.slice(start, m.index)}Act`;
    const key = titleKey(label);
    if (!key) continue;
    out.push({
      kind: 'act', start, end, text: text.slice(start, end), label, keys: [key], instrument: true,
      ...(m[1] ? { version: m[1] } : {}),
    });
  }
  return out;
}
