/**
 * A fast, non-cryptographic content hash used to key caches and to notice that a "changed"
 * file did not really change. Two independent 32-bit FNV-1a lanes with a final mix give 64
 * bits, plenty for a corpus of thousands of files.
 */

/** 16 hex digits identifying `text` (UTF-16 code units are hashed directly, no encoding step). */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x27d4eb2f) ^ Math.imul(a ^ (a >>> 13), 0x165667b1);
  return hex(a) + hex(b);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
