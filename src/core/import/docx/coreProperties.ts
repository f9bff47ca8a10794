/**
 * A Word file's own metadata: `docProps/core.xml` (Dublin Core title, creator, created date,
 * subject, language) read straight from the zip.
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { SourceMeta } from '../types';
import { dateFromValue } from '../../corpus/dates';

/** Metadata from the core properties part, or {} when there is none. */
export function coreProperties(bytes: Uint8Array): SourceMeta {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const part = files['docProps/core.xml'];
    if (!part) return {};
    xml = strFromU8(part);
  } catch {
    return {};
  }
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    const v = m?.[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
    return v || undefined;
  };
  const meta: SourceMeta = {};
  const title = field('dc:title');
  if (title) meta.title = title;
  const author = field('dc:creator');
  if (author) meta.author = author;
  const date = dateFromValue(field('dcterms:created') ?? '');
  if (date) meta.date = date;
  const subject = field('dc:subject') ?? field('dc:description');
  if (subject) meta.description = subject;
  const lang = field('dc:language');
  if (lang) meta.language = lang;
  return meta;
}
