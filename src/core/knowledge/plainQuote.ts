/**
 * Quoted statements are cut from the raw text of a document, so a Markdown source brings
 * its syntax along: `**WuDao 2.0** — …`, `[the Act](https://…)`, `<p>`. A hover card or a
 * tree label shows a quote as plain text, so these helpers drop the markup and keep the
 * words. A cut can fall inside a construct (the opening `**` before the quote, the closing
 * one inside it), so unpaired markers are dropped too.
 */
import type { Passage } from './passage';

/** Marks where the mention sits while the whole quote is cleaned (private-use characters). */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * `text` without Markdown emphasis, strike-through, inline code ticks, link and image
 * syntax (the visible text is kept), autolink brackets, HTML tags, and heading, quote and
 * list markers at line starts. Intra-word underscores (`snake_case`) and lone asterisks
 * between spaces (`3 * 4`) are left alone. Whitespace is not collapsed.
 */
export function stripMarkdown(text: string): string {
  return text
    // Images and links: keep the visible text; a reference link's label goes too.
    .replace(/!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/!?\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    // A link cut in two by the quote's edge: the tail `](url)` or a dangling `[`.
    .replace(/^([^[\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
    // Block markers at line starts: headings, block quotes, list bullets.
    .replace(/^([ \t]*)(?:#{1,6}[ \t]+|>[ \t]?|[-+*][ \t]+(?=\S))/gm, '$1')
    // Strong/strike markers anywhere (paired or left over from a cut).
    .replace(/\*\*+|__+|~~+/g, '')
    // Single `*`/`_` emphasis: at a word's edge, not between spaces or inside a word.
    .replace(/(^|[\s(（"“'‘\p{P}])[*_](?=[^\s*_])/gu, '$1')
    .replace(/([^\s*_])[*_](?=$|[\s)）"”'’\p{P}])/gu, '$1')
    .replace(/`+/g, '');
}

/**
 * A quote cleaned of Markdown with its three parts kept apart, so the mention can still be
 * emphasised. Markup that spans the parts (a link around the mention) is handled as one.
 */
export function plainPassage<T extends Pick<Passage, 'before' | 'match' | 'after'>>(p: T): T {
  const joined = stripMarkdown(`${p.before}${OPEN}${p.match}${CLOSE}${p.after}`);
  const open = joined.indexOf(OPEN);
  const close = joined.indexOf(CLOSE);
  if (open < 0 || close < open) return p;
  return {
    ...p,
    before: joined.slice(0, open),
    match: joined.slice(open + 1, close) || p.match,
    after: joined.slice(close + 1),
  };
}
