/**
 * Markdown code spans for text we do not control (file paths in hover cards). Inside a code
 * span CommonMark interprets nothing, so backslash escapes would show up literally
 * (`baai/2021\-report`); the only thing that can end the span early is a run of backticks as
 * long as its fence. So the fence is made one backtick longer than the longest run in the
 * text, and padded with a space where CommonMark would otherwise strip or merge characters.
 */

/** Longest run of consecutive backticks in `text` (0 when it has none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * `text` as a CommonMark code span that renders exactly as `text` (line breaks become
 * spaces, as they would in any inline code). An empty text gives an empty string.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  if (!flat) return '';
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  // A leading/trailing backtick would join the fence; a text that both starts and ends with
  // a space (and is not all spaces) would lose one space at each end. A space of padding on
  // both sides is what CommonMark strips, leaving the text as it was.
  const pad = /^`|`$/.test(flat) || (/^ [^]*[^ ][^]* $/.test(flat)) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
