/**
 * Compact binary form of an n-gram index plus a JSON header chosen by the owner (e.g. the
 * content hash of every indexed document), so a reopened workspace reloads the index from
 * the extension's cache instead of rebuilding it, and re-indexes only changed documents.
 */
import { NgramIndex, type IndexParts } from './ngramIndex';

const MAGIC = 0x504c4e47; // "PLNG"
// 2: grams for hyphenated compounds, plurals and Traditional characters; title items.
const VERSION = 2;

/** The cached bytes could not be read back; the caller should rebuild from the workspace. */
export class IndexCacheError extends Error {
  constructor(message: string) {
    super(`Search index cache unusable: ${message}`);
    this.name = 'IndexCacheError';
  }
}

/** Serialise an index and a JSON-able header into one byte array. */
export function encodeIndex(index: NgramIndex, header: unknown): Uint8Array {
  const p = index.exportParts();
  const json = new TextEncoder().encode(JSON.stringify(header));
  const n = p.group.length;
  const g = p.codes.length;
  let postings = 0;
  for (const l of p.lists) postings += l.length;
  const size = 16 + pad8(json.length) + pad8(n * 12) + pad8(n * 2) + 8 + g * 8 + pad8(g * 4) + postings * 4;
  const buf = new ArrayBuffer(pad8(size));
  new Uint32Array(buf, 0, 4).set([MAGIC, VERSION, json.length, n]);
  let at = 16;
  new Uint8Array(buf, at, json.length).set(json);
  at += pad8(json.length);
  const ints = new Int32Array(buf, at, n * 3);
  ints.set(p.group, 0);
  ints.set(p.ref, n);
  ints.set(p.length, 2 * n);
  at += pad8(n * 12);
  const bytes = new Uint8Array(buf, at, n * 2);
  bytes.set(p.kind, 0);
  bytes.set(p.alive, n);
  at += pad8(n * 2);
  new Float64Array(buf, at, 1)[0] = g;
  new Float64Array(buf, at + 8, g).set(p.codes);
  at += 8 + g * 8;
  const sizes = new Uint32Array(buf, at, g);
  p.lists.forEach((l, i) => { sizes[i] = l.length; });
  at += pad8(g * 4);
  const all = new Uint32Array(buf, at, postings);
  let k = 0;
  for (const l of p.lists) { all.set(l, k); k += l.length; }
  return new Uint8Array(buf);
}

function pad8(x: number): number {
  return (x + 7) & ~7;
}

/** Read back what `encodeIndex` wrote; throws `IndexCacheError` on foreign or damaged bytes. */
export function decodeIndex(data: Uint8Array): { index: NgramIndex; header: unknown } {
  // Copy into an aligned buffer: cached bytes may arrive at any offset.
  const buf = data.slice().buffer;
  if (buf.byteLength < 16) throw new IndexCacheError('too short');
  const [magic, version, jsonLen, n] = new Uint32Array(buf, 0, 4);
  if (magic !== MAGIC) throw new IndexCacheError('not a Policy Lens index');
  if (version !== VERSION) throw new IndexCacheError(`version ${version}, expected ${VERSION}`);
  try {
    let at = 16;
    const header: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, at, jsonLen)));
    at += pad8(jsonLen);
    const ints = new Int32Array(buf, at, n * 3);
    at += pad8(n * 12);
    const bytes = new Uint8Array(buf, at, n * 2);
    at += pad8(n * 2);
    const g = new Float64Array(buf, at, 1)[0];
    const codes = new Float64Array(buf, at + 8, g);
    at += 8 + g * 8;
    const sizes = new Uint32Array(buf, at, g);
    at += pad8(g * 4);
    const lists: Uint32Array[] = [];
    for (let i = 0; i < g; i++) {
      lists.push(new Uint32Array(buf, at, sizes[i]));
      at += sizes[i] * 4;
    }
    const parts: IndexParts = {
      group: ints.subarray(0, n), ref: ints.subarray(n, 2 * n), length: ints.subarray(2 * n, 3 * n),
      kind: bytes.subarray(0, n), alive: bytes.subarray(n, 2 * n), codes, lists,
    };
    return { index: NgramIndex.fromParts(parts), header };
  } catch (e) {
    if (e instanceof IndexCacheError) throw e;
    throw new IndexCacheError(e instanceof Error ? e.message : String(e));
  }
}
