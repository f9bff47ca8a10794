/**
 * Identifiers and content hashes for annotations. Ids are random (not derived from content)
 * so two researchers annotating the same words never collide; hashes are cheap and
 * synchronous because they run on every re-anchoring.
 */

/** A fresh random UUID v4 string, from the platform's `crypto.getRandomValues`. */
export function newAnnotationId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return uuidFromBytes(b);
}

/** Format 16 bytes as `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. */
export function uuidFromBytes(b: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < 16; i++) hex += b[i].toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A stable name-based UUID (version 8, "custom") for things that have a name but no id, such
 * as codebook tags in a REFI-QDA export, so repeated exports of the same data are identical.
 */
export function stableUuid(name: string): string {
  const b = new Uint8Array(16);
  for (let lane = 0; lane < 4; lane++) {
    const h = fnv1a32(name, 0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b1));
    b[lane * 4] = h >>> 24;
    b[lane * 4 + 1] = (h >>> 16) & 0xff;
    b[lane * 4 + 2] = (h >>> 8) & 0xff;
    b[lane * 4 + 3] = h & 0xff;
  }
  b[6] = (b[6] & 0x0f) | 0x80;
  b[8] = (b[8] & 0x3f) | 0x80;
  return uuidFromBytes(b);
}

function fnv1a32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so nearby seeds give unrelated lanes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * Hash of a document's text (two independent 32-bit lanes and the length). Used only to tell
 * "same text as when anchored" from "text changed"; not a security hash.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}
