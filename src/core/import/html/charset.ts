/**
 * Decoding a saved web page. The charset comes from a byte order mark, then the page's own
 * `<meta charset>` / `http-equiv` declaration, then the bytes themselves (strict UTF-8,
 * falling back to GB18030, a superset of GBK and GB2312, as Chinese sites still serve).
 */
import { decodeBytes } from '../../text/decode';

/** Decoded page text and the charset it was read with. */
export type PageText = { ok: true; text: string; charset: string } | { ok: false; reason: string };

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;

/** The charset a page declares in its first few kilobytes, lower-cased, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}

/** Decode a page's bytes. */
export function decodePage(bytes: Uint8Array): PageText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? undefined : declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    const label = GB.test(declared) ? 'gb18030' : declared;
    try {
      const text = new TextDecoder(label, { fatal: true }).decode(bytes);
      return { ok: true, text, charset: label };
    } catch {
      // A wrong declaration (a UTF-8 page labelled GBK happens): trust the bytes instead.
    }
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  return { ok: true, text: decoded.text, charset: decoded.encoding };
}
