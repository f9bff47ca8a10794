/**
 * Bytes → text. Research corpora mix UTF-8 (with and without BOM), UTF-16 from Windows tools
 * and GB18030/GBK from Chinese government and news sites; the reader should never have to
 * choose an encoding by hand, and a file that cannot be decoded must say why instead of
 * showing mojibake.
 */
import type { Encoding } from '../types';

/** Outcome of {@link decodeBytes}: the text (BOM removed) and the encoding it was read as. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly reason: string };

const REPLACEMENT = '\uFFFD';

/**
 * Decode a file's bytes. Order: BOM (UTF-8, UTF-16 LE/BE) → BOM-less UTF-16 recognised by
 * its NUL pattern → NUL bytes mean binary → strict UTF-8 → GB18030. Fails with a readable
 * reason rather than returning replacement characters.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    return text === undefined
      ? { ok: false, reason: `invalid UTF-8 after a UTF-8 byte order mark (first bad byte near ${firstBadUtf8(bytes)})` }
      : { ok: true, text, encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const guess = guessBomlessUtf16(bytes);
  if (guess) return utf16(bytes, guess);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // Chinese UTF-16 has NULs only in its ASCII characters, too few for the guess above:
    // accept it when one byte order decodes to text that reads as text.
    const cjk = plausibleUtf16(bytes);
    if (cjk) return utf16(bytes, cjk);
    return { ok: false, reason: `binary file (NUL byte at offset ${nul})` };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  if (gb !== undefined && !gb.includes(REPLACEMENT)) return { ok: true, text: gb, encoding: 'gb18030' };
  return {
    ok: false,
    reason: `neither valid UTF-8 (first bad byte near offset ${firstBadUtf8(bytes)}) nor GB18030; re-save the file as UTF-8`,
  };
}

function utf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (body.length % 2 !== 0) return { ok: false, reason: `${encoding.toUpperCase()} file has an odd number of bytes (truncated?)` };
  const text = strict(encoding, body);
  if (text === undefined) return { ok: false, reason: `invalid ${encoding.toUpperCase()} (unpaired surrogate)` };
  return { ok: true, text, encoding };
}

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: a BOM we did not strip ourselves is content, not a marker.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without BOM is recognisable when most text is ASCII: every other byte is NUL.
 * Looks at the first 4 KB; needs a clear majority on one side and almost none on the other.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Share of a sample's UTF-16 code units that must look like text for {@link plausibleUtf16}. */
const TEXT_SHARE = 0.9;

/**
 * The byte order in which `bytes` (which hold NULs) decode to text made of characters that
 * documents are written in — ASCII, Latin, general punctuation, CJK, Hangul, full-width
 * forms — with no NUL character and no broken surrogate; undefined when neither does.
 */
function plausibleUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 4) return undefined;
  // The ASCII characters decide the byte order: their NUL is the high byte (odd offsets in LE).
  let odd = 0;
  let even = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) { if (i & 1) odd++; else even++; }
  if (odd === even) return undefined;
  const little = odd > even;
  return textShare(bytes, little) >= TEXT_SHARE ? (little ? 'utf-16le' : 'utf-16be') : undefined;
}

function textShare(bytes: Uint8Array, little: boolean): number {
  const n = Math.min(bytes.length, 8192) & ~1;
  let good = 0;
  for (let i = 0; i < n; i += 2) {
    const u = little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (u === 0) return 0; // a NUL character: not text in either reading
    if (isTextUnit(u)) good++;
  }
  return good / (n / 2);
}

function isTextUnit(u: number): boolean {
  return u === 9 || u === 10 || u === 13 || (u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u < 0x250) ||
    (u >= 0x2000 && u < 0x2070) || (u >= 0x2e80 && u < 0xa000) || (u >= 0xac00 && u < 0xd7b0) ||
    (u >= 0xd800 && u < 0xe000) || (u >= 0xff00 && u < 0xfff0);
}

/** Offset of the first byte that breaks UTF-8 well-formedness (for error messages). */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
