/**
 * Names shown side by side ("WuDao 2.0 · 悟道2.0") must not repeat: many entities have the
 * same name in both languages (GLM, ChatGPT), and aliases often differ only in case or
 * width. This keeps the first spelling of each name, compared case- and width-insensitively.
 */
import { foldForMatch } from '../text/normalize';

/** Folded comparison key of a name: NFKC, lower case, inner whitespace collapsed. */
function key(name: string): string {
  return foldForMatch(name).replace(/\s+/g, ' ').trim();
}

/**
 * The non-empty `names` in order, each once (the first spelling wins), leaving out any
 * equal to one of `shownAlready` (e.g. the label the names are shown next to).
 */
export function distinctNames(names: readonly (string | undefined)[], shownAlready: readonly (string | undefined)[] = []): string[] {
  const seen = new Set(shownAlready.filter((n): n is string => !!n).map(key));
  const out: string[] = [];
  for (const name of names) {
    const k = name ? key(name) : '';
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(name!.trim());
  }
  return out;
}
