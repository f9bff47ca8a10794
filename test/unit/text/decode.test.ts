import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../../src/core/text/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) { out[0] = bigEndian ? 0xfe : 0xff; out[1] = bigEndian ? 0xff : 0xfe; o = 2; }
  for (let i = 0; i < s.length; i++, o += 2) {
    const c = s.charCodeAt(i);
    out[o + (bigEndian ? 1 : 0)] = c & 0xff;
    out[o + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('decodeBytes', () => {
  const sample = '人工智能 governance\r\n第二行 line two 😀';

  it('reads UTF-8 without BOM', () => {
    assert.deepStrictEqual(decodeBytes(utf8(sample)), { ok: true, text: sample, encoding: 'utf-8' });
  });

  it('removes a UTF-8 BOM and reports it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    assert.deepStrictEqual(decodeBytes(bytes), { ok: true, text: sample, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOM, BOM removed', () => {
    assert.deepStrictEqual(decodeBytes(utf16(sample, false, true)), { ok: true, text: sample, encoding: 'utf-16le' });
    assert.deepStrictEqual(decodeBytes(utf16(sample, true, true)), { ok: true, text: sample, encoding: 'utf-16be' });
  });

  it('recognises mostly-ASCII UTF-16 without a BOM by its NUL pattern', () => {
    const text = 'Plain English notes about the EU AI Act, saved as UTF-16.';
    assert.deepStrictEqual(decodeBytes(utf16(text, false, false)), { ok: true, text, encoding: 'utf-16le' });
    assert.deepStrictEqual(decodeBytes(utf16(text, true, false)), { ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for bytes produced by iconv', () => {
    const bytes = readFileSync('test/fixtures/parse/gb18030-news/input.txt');
    const r = decodeBytes(bytes);
    assert.ok(r.ok);
    assert.strictEqual(r.encoding, 'gb18030');
    assert.ok(r.text.startsWith('人工智能治理国际论坛\n'), r.text.slice(0, 20));
  });

  it('keeps valid UTF-8 as UTF-8 even when it would also decode as GB18030', () => {
    const r = decodeBytes(utf8('中文'));
    assert.ok(r.ok && r.encoding === 'utf-8' && r.text === '中文');
  });

  it('skips binary files with NUL bytes, saying where', () => {
    const r = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0x41, 0x42]));
    assert.deepStrictEqual(r, { ok: false, reason: 'binary file (NUL byte at offset 4)' });
  });

  it('fails with a reason when neither UTF-8 nor GB18030 fits', () => {
    const r = decodeBytes(new Uint8Array([0x41, 0x42, 0x80, 0xff, 0xff, 0x43]));
    assert.strictEqual(r.ok, false);
    assert.match((r as { reason: string }).reason, /neither valid UTF-8 \(first bad byte near offset 2\) nor GB18030/);
  });

  it('rejects a truncated UTF-16 file', () => {
    const bytes = utf16('abc', false, true).subarray(0, 7);
    assert.deepStrictEqual(decodeBytes(bytes), { ok: false, reason: 'UTF-16LE file has an odd number of bytes (truncated?)' });
  });

  it('decodes an empty file as empty UTF-8', () => {
    assert.deepStrictEqual(decodeBytes(new Uint8Array(0)), { ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('decodeBytes: Chinese UTF-16 without a BOM', () => {
  const chinese = '第一条 为了促进人工智能健康发展，规范人工智能服务，制定本办法。\n第二条 本办法适用于 AI 服务提供者（2023 年）。\n';
  const encode = (s: string, bigEndian: boolean): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };

  it('reads it in either byte order, though few of its bytes are NUL', () => {
    assert.deepStrictEqual(decodeBytes(encode(chinese, false)), { ok: true, text: chinese, encoding: 'utf-16le' });
    assert.deepStrictEqual(decodeBytes(encode(chinese, true)), { ok: true, text: chinese, encoding: 'utf-16be' });
  });

  it('still calls random binary with NUL bytes binary', () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => { seed = (seed * 1103515245 + 12345) >>> 0; return seed >>> 24; });
    bytes[10] = 0;
    const r = decodeBytes(bytes);
    assert.strictEqual(r.ok, false);
  });
});
