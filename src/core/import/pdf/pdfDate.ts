/** PDF dates ("D:20230124144546-05'00'") → ISO dates, and PDF Info strings → clean text. */

/** The calendar date of a PDF date string, or undefined when it is not one. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01'] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

/**
 * An Info string worth keeping: trimmed, without control characters, and not mojibake (text
 * decoded with the wrong code page shows as runs of Latin-1 accented letters or U+FFFD).
 */
export function infoText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || text.includes('\ufffd')) return undefined;
  // Wrongly decoded bytes show as Latin-1/Windows-1252 letters and signs in odd places.
  const odd = (text.match(/[\u0080-\u02ff\u2013-\u203a\u02c6\u02dc]/g) ?? []).length;
  if (odd >= 3 && odd > text.replace(/\s/g, '').length * 0.2) return undefined;
  return text;
}

/** True when the Producer/Creator is a browser or a print driver: its dates are print dates. */
export function isPrintout(info: Readonly<Record<string, unknown>>): boolean {
  const who = `${String(info.Producer ?? '')} ${String(info.Creator ?? '')}`;
  return /skia|chrom|print to pdf|wkhtmltopdf|mozilla|firefox|safari|cairo.*webkit|qt \d/i.test(who);
}
