/**
 * The publication date a page prints under its title ("2023年07月13日 15:00 来源：…",
 * "Published 17 May 2024"), used when no meta tag gives one. It sits in an info bar that
 * main-content extraction may drop, so it is looked for in the whole body text, just after
 * the first place where the page shows its title.
 */
import type { Nodes, Root } from 'hast';
import { findDates } from '../../corpus/dates';
import { elements } from './hast';

/** How far after the title the date may stand, in characters. */
const WINDOW = 160;

/**
 * The page body's text with a space between elements and whitespace collapsed (taken before
 * extraction prunes the tree).
 */
export function bodyText(tree: Root): string {
  const body = [...elements(tree)].find((el) => el.tagName === 'body');
  if (!body) return '';
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element' && /^(script|style|noscript|template)$/.test(node.tagName)) return;
    else if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The first date within a short distance after the title in the body text, if any. */
export function bylineDate(text: string, title: string): string | undefined {
  if (title.trim().length < 4) return undefined;
  const at = text.indexOf(title.trim());
  if (at < 0) return undefined;
  const after = text.slice(at + title.trim().length, at + title.trim().length + WINDOW);
  const found = findDates(after)[0];
  return found && /^\d{4}-\d{2}-\d{2}$/.test(found.date) ? found.date : undefined;
}
