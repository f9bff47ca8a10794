/**
 * The "Done when" properties on the real files of ../shared/corpus/formats (skipped when the
 * folder is absent). Nothing here names a file: every PDF, web page and Word file found there
 * is converted and checked for the same general properties, so a file added later is judged
 * the same way.
 */
import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtime } from '../../../src/importer/entry';
import { importKind } from '../../../src/core/import/kinds';
import type { Converted } from '../../../src/core/import/types';
import { pageMap } from '../../../src/core/import/pageMap';
import { sharedCorpusDir } from '../support/sharedCorpus';

const dir = sharedCorpusDir();
const formats = dir && join(dir, 'formats');
const names = formats && existsSync(formats) ? readdirSync(formats).filter((n) => importKind(n)).sort() : [];

/** Text of each page (marker lines removed), by page number. */
function pages(md: string): string[] {
  return md.split(/^<!-- page \d+ -->$/m).slice(1).map((p) => p.trim());
}

/** Lines that are prose (not headings, tables, footnotes or front matter). */
function proseLines(md: string): string[] {
  return md.split('\n').filter((l) => l.trim() && !/^(#|<!--|\||\[\^)/.test(l));
}

const mask = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

describe('import: real files of ../shared/corpus/formats', function () {
  this.timeout(180000);
  if (names.length === 0) {
    it('skipped: ../shared/corpus/formats not found', function () { this.skip(); });
    return;
  }
  const results = new Map<string, Converted>();
  before(async () => {
    for (const name of names) {
      const r = await runtime.convert(importKind(name)!, new Uint8Array(readFileSync(join(formats!, name))), name);
      assert.ok(r.ok, `${name}: ${JSON.stringify(r.problems)}`);
      results.set(name, r);
      const text = r.markdown.replace(/^<!--.*-->$/gm, '').replace(/\s+/g, '');
      console.log(`      ${name}: ${r.pages ?? '-'} pages, ${text.length} characters, ${proseLines(r.markdown).length} prose lines, problems: ${r.problems.map((p) => p.message).join('; ') || 'none'}`);
    }
  });

  const pdfs = names.filter((n) => importKind(n) === 'pdf');
  const webPages = names.filter((n) => importKind(n) === 'html');

  it('every PDF has exactly one page marker per page, in order', () => {
    for (const n of pdfs) {
      const r = results.get(n)!;
      assert.deepStrictEqual(pageMap(r.markdown).map((p) => p.page), Array.from({ length: r.pages! }, (_, i) => i + 1), n);
    }
  });

  it('a PDF without text is reported as having no text layer; one with text is not', () => {
    for (const n of pdfs) {
      const r = results.get(n)!;
      const empty = pages(r.markdown).filter((p) => p === '').length;
      const reported = r.problems.some((p) => /no text layer — OCR is not included/.test(p.message));
      assert.strictEqual(reported, empty > 0, `${n}: ${empty} empty pages, reported: ${reported}`);
    }
  });

  it('no word is split by a line-end hyphen in the PDFs', () => {
    for (const n of pdfs) {
      // "sector- or use-case" is a suspended hyphen, not a split word.
      const split = (results.get(n)!.markdown.match(/\b\p{Ll}{2,}[-\u2010] (?!(or|and|nor|to|through|as)\b)\p{Ll}{2,}/gu) ?? []);
      assert.deepStrictEqual(split, [], n);
    }
  });

  it('no running header, footer or page-number line is left among the passages', () => {
    for (const n of pdfs) {
      const ps = pages(results.get(n)!.markdown).filter(Boolean);
      if (ps.length < 2) continue;
      const edges = new Map<string, number>();
      for (const p of ps) {
        const lines = p.split('\n').filter((l) => l.trim());
        for (const l of new Set([lines[0], lines[lines.length - 1]].map(mask))) edges.set(l, (edges.get(l) ?? 0) + 1);
      }
      const repeated = [...edges].filter(([l, c]) => c >= Math.max(2, ps.length / 3) && l.length < 200);
      assert.deepStrictEqual(repeated, [], `${n}: lines repeated at page edges`);
      const numbers = proseLines(results.get(n)!.markdown).filter((l) => /^(page\s*)?[-–\s]*\d{1,4}[-–\s]*(of\s*\d+|\/\s*\d+)?$/i.test(l.trim()));
      assert.deepStrictEqual(numbers, [], `${n}: page-number lines`);
    }
  });

  it('Chinese text has no spaces between characters', () => {
    for (const n of names) {
      const md = results.get(n)!.markdown.replace(/^<!--.*-->$/gm, '');
      const spaced = md.match(/[\u4e00-\u9fff][ \t]+[\u4e00-\u9fff]/g) ?? [];
      // Web pages may space characters on purpose ("主任 庄荣文"): the import adds none of its own.
      if (importKind(n) === 'pdf') assert.deepStrictEqual(spaced, [], n);
      else if (importKind(n) === 'html') {
        const source = new TextDecoder().decode(readFileSync(join(formats!, n))).replace(/<[^>]*>/g, '\n').replace(/&nbsp;/g, ' ');
        const inSource = source.match(/[\u4e00-\u9fff][ \t]+[\u4e00-\u9fff]/g) ?? [];
        assert.ok(spaced.length <= inSource.length, `${n}: ${spaced.length} spaced pairs, the page itself has ${inSource.length}`);
      }
    }
  });

  it('web pages give their main text without navigation, scripts or styles', () => {
    for (const n of webPages) {
      const md = results.get(n)!.markdown;
      assert.ok(md.replace(/\s+/g, '').length > 500, `${n}: too little text`);
      assert.doesNotMatch(md, /function\s*\(|\{\s*[a-z-]+\s*:\s*[^}]+;\s*\}|document\.write|jQuery/, `${n}: script or style text`);
      // A navigation menu is a run of lines that are nothing but links to other pages.
      let run = 0;
      let longest = 0;
      for (const line of md.split('\n').filter((l) => l.trim())) {
        const bare = line.replace(/^\s*([-*]|\d+\.)\s+/, '').trim();
        run = /^(\[[^\]]*\]\((?!#)[^)]*\)\s*)+$/.test(bare) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      assert.ok(longest < 5, `${n}: ${longest} consecutive link-only lines (a menu?)`);
    }
  });

  it('every converted file has prose, and Word files keep their paragraphs apart', () => {
    for (const n of names) {
      const r = results.get(n)!;
      if (r.problems.some((p) => /no text layer/.test(p.message))) continue;
      assert.ok(proseLines(r.markdown).length >= 5, `${n}: fewer than 5 prose lines`);
    }
  });
});
