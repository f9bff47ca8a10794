/** Small helpers over the HTML syntax tree (hast) shared by the web-page converter. */
import type { Element, Nodes, Root } from 'hast';

/** Every element under `node`, depth first. */
export function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child as Nodes);
}

/** The visible text of a node, whitespace collapsed. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && /^(script|style|noscript|template)$/.test(node.tagName)) return '';
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child as Nodes);
  return out;
}

/** Collapsed text length (whitespace removed), the measure used for scoring. */
export function textLength(node: Nodes): number {
  return textOf(node).replace(/\s+/g, '').length;
}

/** A string property of an element (class names joined by spaces). */
export function prop(el: Element, name: string): string {
  const v = el.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null || v === false ? '' : String(v);
}

/** Remove the children of `root` (at any depth) for which `drop` says so. */
export function prune(root: Root | Element, drop: (el: Element) => boolean): void {
  root.children = root.children.filter((child) => {
    if (child.type !== 'element') return child.type !== 'comment';
    if (drop(child)) return false;
    prune(child, drop);
    return true;
  }) as typeof root.children;
}
