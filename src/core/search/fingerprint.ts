/**
 * Content fingerprint of what the index stores for a document (its passage and heading
 * texts, in order), so a cached index can tell unchanged documents from changed ones.
 */
import type { SearchDoc } from './searchTypes';

/** 64-bit (two independent 32-bit FNV-1a runs) hex fingerprint of a document's indexed text. */
export function fingerprint(doc: SearchDoc): string {
  let a = 0x811c9dc5;
  let b = 0x2f1a7c3d;
  const feed = (s: string, sep: number): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ sep, 0x01000193);
    b = Math.imul(b ^ sep, 0x01000193);
  };
  for (const p of doc.passages) feed(p.text, 1);
  feed(String(doc.passages.length), 2);
  for (const h of doc.headings) feed(h.text, 3);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
