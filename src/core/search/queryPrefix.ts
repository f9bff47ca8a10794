/**
 * Jump-box query prefixes, which narrow a query to one kind of item:
 *
 * | prefix | searches       | example          |
 * |--------|----------------|------------------|
 * | `@`    | entities only  | `@xue lan`       |
 * | `#`    | tags only      | `#compute`       |
 * | `>`    | headings only  | `>第一章`         |
 * | `!`    | annotations    | `!supports`      |
 *
 * Full-width forms (`＠ ＃ ＞ ！`, as typed with a Chinese IME) count too. Without a prefix,
 * every kind is searched.
 */
import type { JumpKind } from './searchTypes';

export const PREFIX_KINDS: Readonly<Record<string, JumpKind>> = {
  '@': 'entity', '#': 'tag', '>': 'heading', '!': 'annotation',
};

/** Split a raw query into the kind its prefix selects (if any) and the remaining text. */
export function parsePrefix(raw: string): { kind?: JumpKind; text: string } {
  const trimmed = raw.trimStart();
  const first = trimmed.charAt(0).normalize('NFKC');
  const kind = PREFIX_KINDS[first];
  return kind ? { kind, text: trimmed.slice(1).trim() } : { text: raw.trim() };
}
