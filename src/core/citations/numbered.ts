/**
 * Instruments cited by number: executive orders, EU regulations, directives and decisions,
 * the U.S. Code and Code of Federal Regulations, public laws, standards (ISO/IEC, IEEE,
 * NIST, GB, industry and group standards, TC260 documents) and UN resolutions. Each form
 * is one pattern and one key builder, so a new form is one more row.
 */
import type { Citation, CitationKind } from './types';

/** One numbered form: a pattern and what a match means. */
interface NumberedForm {
  readonly kind: CitationKind;
  readonly pattern: RegExp;
  /** Key, label and version of a match; undefined to reject it. */
  readonly read: (m: RegExpExecArray) => { key: string; label: string; version?: string } | undefined;
}

const DASH = '[-‐‑–—－]';
const FILM_SPEEDS = new Set(['100', '125', '160', '200', '250', '320', '400', '500', '640', '800', '1250', '1600', '3200', '6400', '12800', '25600']);
const year = (s: string | undefined) => (s && /^(?:19|20)\d{2}$/.test(s) ? s : undefined);

const FORMS: readonly NumberedForm[] = [
  {
    kind: 'us-code',
    pattern: /\b(\d{1,2})\s+U\.?\s?S\.?\s?C\.?(?:\s*A\.?)?\s*(?:§{1,2}\s*)?(\d+[a-z]*(?:[-–]\d+[a-z]*)?)/g,
    read: (m) => ({ key: `usc:${Number(m[1])}:${m[2].replace('–', '-')}`, label: `${Number(m[1])} U.S.C. ${m[2]}` }),
  },
  {
    kind: 'cfr',
    pattern: /\b(\d{1,2})\s+C\.?\s?F\.?\s?R\.?\s*(?:(?:Part|part|pt\.|§{1,2})\s*)?(\d+(?:\.\d+)?)/g,
    read: (m) => ({ key: `cfr:${Number(m[1])}:${m[2]}`, label: `${Number(m[1])} CFR ${m[2]}` }),
  },
  {
    kind: 'public-law',
    pattern: new RegExp(`\\b(?:Pub(?:lic)?\\.?\\s*L(?:aw)?\\.?|P\\.\\s?L\\.)\\s*(?:No\\.?\\s*)?(\\d{2,3})${DASH}(\\d{1,3})\\b`, 'g'),
    read: (m) => ({ key: `pl:${m[1]}-${m[2]}`, label: `Pub. L. ${m[1]}-${m[2]}` }),
  },
  {
    kind: 'standard',
    pattern: new RegExp(`\\b(ISO(?:\\s?\\/\\s?IEC)?(?:\\s?\\/\\s?IEEE)?|IEC)\\s*(?:(TR|TS|PAS|Guide|GUIDE)\\s*)?(\\d{2,5}(?:${DASH}\\d{1,3})*)(?::((?:19|20)\\d{2}))?\\b`, 'g'),
    read: (m) => {
      // Two-digit numbers are guides ("ISO Guide 73"), not standards on their own.
      if (!m[2] && m[3].split(/[-‐‑–—－]/)[0].length < 3) return undefined;
      // "ISO 800" on a camera is a film speed, not a standard.
      if (m[1] === 'ISO' && !m[2] && !m[4] && FILM_SPEEDS.has(m[3])) return undefined;
      const sub = m[2] && (/^guide$/i.test(m[2]) ? 'Guide' : m[2]);
      const body = `${m[1].replace(/\s/g, '')}${sub ? ` ${sub}` : ''} ${m[3].replace(/[‐‑–—－]/g, '-')}`;
      return { key: `std:${body.toLowerCase()}`, label: body, version: m[4] };
    },
  },
  {
    kind: 'standard',
    pattern: new RegExp(`\\bIEEE\\s+(?:(Std\\.?)\\s*)?(P?\\d{3,4}(?:\\.\\d+)*)(?:${DASH}((?:19|20)\\d{2}))?\\b`, 'g'),
    read: (m) => (m[1] || m[3] || m[2].startsWith('P') ? { key: `std:ieee ${m[2].toLowerCase()}`, label: `IEEE ${m[2]}`, version: m[3] } : undefined),
  },
  {
    kind: 'standard',
    pattern: new RegExp(`\\bNIST\\s+(Special\\s+Publication|Interagency\\s+(?:or\\s+Internal\\s+)?Report)\\s+(\\d{2,4}(?:${DASH}\\d{1,4}[A-Za-z]?)*)\\b`, 'g'),
    read: (m) => {
      const series = /^Special/.test(m[1]) ? 'SP' : 'IR';
      const num = m[2].replace(/[‐‑–—－]/g, '-');
      return { key: `std:nist ${series.toLowerCase()} ${num.toLowerCase()}`, label: `NIST ${series} ${num}` };
    },
  },
  {
    kind: 'standard',
    pattern: new RegExp(`\\b(?:NIST[\\s.]+)?(AI|SP|IR|NISTIR|FIPS|CSWP)[\\s.]+(\\d{2,4}(?:${DASH}\\d{1,4}[A-Za-z]?)*)(?:\\s*(?:r|Rev\\.?\\s*)(\\d))?\\b`, 'g'),
    read: (m) => {
      const prefixed = /^NIST/.test(m[0]);
      if (!prefixed && m[1] !== 'FIPS' && m[1] !== 'NISTIR') return undefined;
      if (m[1] === 'AI' && !/[-‐‑–—－]/.test(m[2])) return undefined;
      const body = `${m[1]} ${m[2].replace(/[‐‑–—－]/g, '-')}`;
      return { key: `std:nist ${body.toLowerCase()}`, label: `NIST ${body}`, version: m[3] && `Rev. ${m[3]}` };
    },
  },
  {
    kind: 'standard',
    pattern: new RegExp(`(?<![A-Za-z0-9/.])(GB(?:\\s?\\/\\s?[TZ])?|[A-Z]{2}\\s?\\/\\s?[TZ]|T\\s?\\/\\s?[A-Z]{2,8})\\s*(\\d{3,5}(?:\\.\\d{1,3})?)(?:\\s*${DASH}\\s*((?:19|20)\\d{2}))?(?!\\d|\\.\\d)`, 'g'),
    read: (m) => {
      const prefix = m[1].replace(/\s/g, '');
      if (!m[3] && !/^GB/.test(prefix)) return undefined;
      const body = `${prefix} ${m[2]}`;
      return { key: `std:${body.toLowerCase()}`, label: m[3] ? `${body}-${m[3]}` : body, version: m[3] };
    },
  },
  {
    kind: 'standard',
    pattern: new RegExp(`\\bTC\\s?(\\d{3})${DASH}((?:[A-Z]{2}${DASH})?\\d{3,6}[A-Z]?)\\b`, 'g'),
    read: (m) => ({ key: `std:tc${m[1]}-${m[2].replace(/[‐‑–—－]/g, '-').toLowerCase()}`, label: `TC${m[1]}-${m[2]}` }),
  },
  {
    kind: 'un-resolution',
    pattern: /\b([AS])\/RES\/(\d{1,4})(?:\/(\d{1,4}))?(?:\s*\(((?:19|20)\d{2})\))?/g,
    read: (m) => {
      const num = m[3] ? `${m[2]}/${m[3]}` : m[2];
      return { key: `un:${m[1].toLowerCase()}/res/${num}`, label: `${m[1]}/RES/${num}`, version: m[4] };
    },
  },
  {
    kind: 'un-resolution',
    pattern: /\bSecurity\s+Council\s+[Rr]esolutions?\s+(\d{3,4})(?:\s*\(((?:19|20)\d{2})\))?/g,
    read: (m) => ({ key: `un:s/res/${m[1]}`, label: `S/RES/${m[1]}`, version: m[2] }),
  },
  {
    kind: 'memorandum',
    pattern: /\b(?:(?:OMB\s+)?(?:Memorandum|memo)\s+)?M-(\d{2})-(\d{2,3})\b/g,
    read: (m) => ({ key: `omb:m-${m[1]}-${m[2]}`, label: `OMB M-${m[1]}-${m[2]}` }),
  },
  {
    kind: 'un-resolution',
    pattern: /\bGeneral\s+Assembly\s+[Rr]esolutions?\s+(\d{2})\/(\d{1,3})\b|第\s*(\d{2})\/(\d{1,3})\s*号决议/g,
    read: (m) => {
      const num = m[1] ? `${m[1]}/${m[2]}` : `${m[3]}/${m[4]}`;
      return { key: `un:a/res/${num}`, label: `A/RES/${num}` };
    },
  },
];

/** "Executive Order 14110", "E.O. 14110", "EO 14110", "Executive Orders 13859 and 13960". */
const EXECUTIVE_ORDER = /\b(?:Executive\s+Orders?|E\.\s?O\.|EO)\s*(?:No\.?\s*|#\s*)?(1\d{4}|\d{4})\b((?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:No\.?\s*)?\d{4,5}\b)*)/g;

function executiveOrders(text: string): Citation[] {
  const out: Citation[] = [];
  EXECUTIVE_ORDER.lastIndex = 0;
  for (let m = EXECUTIVE_ORDER.exec(text); m; m = EXECUTIVE_ORDER.exec(text)) {
    if (/^EO/.test(m[0]) && m[1].length < 5) continue;
    const more = [...m[2].matchAll(/\d{4,5}/g)].map((n) => ({ num: n[0], at: m!.index + m![0].length - m![2].length + n.index! }));
    const first = { num: m[1], at: m.index };
    const firstEnd = m.index + m[0].length - m[2].length;
    for (const { num, at } of [first, ...more]) {
      const end = at === m.index ? firstEnd : at + num.length;
      out.push({
        kind: 'executive-order', start: at, end, text: text.slice(at, end), label: `Executive Order ${num}`,
        keys: [`eo:${num}`], instrument: true,
      });
    }
  }
  return out;
}

const EU_QUALIFIER = String.raw`\(\s*(?:EU|EC|EEC|Euratom|EU\s*,\s*Euratom|CFSP)\s*\)`;
const EU_NUMBER = String.raw`(?:${EU_QUALIFIER}\s*)?(?:No\.?\s*)?\d{1,4}\/\d{1,4}(?:\/(?:EU|EC|EEC|Euratom|CFSP|JHA))?\b`;
/** "Regulation (EU) 2016/679", "Directive 95/46/EC", "Decision No 768/2008/EC", and lists after a plural. */
/** Between list items: a footnote mark, then a comma, "and" or "or". */
const EU_SEPARATOR = String.raw`(?:\s*\(\d{1,3}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)`;
const EU_ACT = new RegExp(String.raw`\b(Regulation|Directive|Decision|Recommendation)(s?)\s*(${EU_NUMBER}(?:${EU_SEPARATOR}${EU_NUMBER})*)`, 'gi');
const EU_ONE = new RegExp(String.raw`(${EU_QUALIFIER})?\s*(?:No\.?\s*)?(\d{1,4})\/(\d{1,4})(?:\/(EU|EC|EEC|Euratom|CFSP|JHA))?`, 'gi');

function euActs(text: string): Citation[] {
  const out: Citation[] = [];
  EU_ACT.lastIndex = 0;
  for (let m = EU_ACT.exec(text); m; m = EU_ACT.exec(text)) {
    const type = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
    const listAt = m.index + m[0].length - m[3].length;
    const items = [...m[3].matchAll(EU_ONE)];
    items.forEach((n, i) => {
      const qualified = !!n[1] || !!n[4];
      // The first number may be bare ("Regulation 2016/679"); later ones in a list must be
      // marked "(EU) …" or "…/EC" to be instruments rather than footnotes or ratios.
      if (i > 0 ? !qualified : !qualified && !year(n[2]) && !year(n[3])) return;
      const num = `${n[2]}/${n[3]}`;
      const start = i === 0 ? m!.index : listAt + n.index! + (n[0].length - n[0].trimStart().length);
      const end = listAt + n.index! + n[0].length;
      const qualifier = n[1] ? ` ${n[1].replace(/\s+/g, '').replace(/^\((\w+),(\w+)\)$/, '($1, $2)')}` : '';
      const label = n[4] ? `${type} ${num}/${n[4]}` : `${type}${qualifier} ${/No/i.test(n[0]) ? 'No ' : ''}${num}`;
      out.push({ kind: 'eu', start, end, text: text.slice(start, end), label, keys: [`eu:${type.toLowerCase()}:${num}`], instrument: true });
    });
  }
  return out;
}

/** Every numbered citation in `text`, in order of position (overlaps not yet resolved). */
export function extractNumbered(text: string): Citation[] {
  const out = [...executiveOrders(text), ...euActs(text)];
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const read = form.read(m);
      if (!read) continue;
      out.push({
        kind: form.kind, start: m.index, end: m.index + m[0].length, text: m[0], label: read.label,
        keys: [read.key], instrument: true, ...(read.version ? { version: read.version } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
