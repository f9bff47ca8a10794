/**
 * Import bench (`npm run bench -- --import` runs it alone): each real file of
 * ../shared/corpus/formats is imported several times and timed per page and per MB against
 * a baseline in the same run — pdf.js `getTextContent` over all pages for PDFs, rehype-parse
 * alone for web pages, mammoth alone for Word files. Peak memory is measured in a child
 * process per file (its maximum resident set), and the 150-page target on a PDF made of the
 * NIST-sized file repeated when `qpdf` is available. Skips, saying so, without the folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import * as mammoth from 'mammoth';
import { runtime, pdfjs } from '../src/importer/entry';
import { importKind } from '../src/core/import/kinds';

/** One file's numbers. */
export interface ImportRow {
  readonly file: string;
  readonly kind: string;
  readonly MB: number;
  readonly pages?: number;
  readonly importMs: number;
  readonly baselineMs: number;
  readonly baseline: string;
  /** Baseline time / import time: 1 = as fast as the baseline alone. */
  readonly speedRatio: number;
  readonly peakMB?: number;
}

const REPEATS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median times of `a` and `b`, run alternately (after one warm-up each) so that a change of
 * machine load during the run weighs on both alike.
 */
async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  return [median(ta), median(tb)];
}

async function pdfTextOnly(bytes: Uint8Array): Promise<number> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

/** Child mode: import one file and print its time and the process's peak memory. */
export async function importOne(path: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const t = performance.now();
  const r = await runtime.convert(importKind(path)!, bytes, path);
  const ms = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ ok: r.ok, ms, pages: r.ok ? r.pages : undefined, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

function child(path: string): { ms: number; pages?: number; peakMB: number } {
  const out = execFileSync(process.execPath, [process.argv[1], '--import-one', path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Run the import bench; returns its rows and notes (empty rows when the folder is missing). */
export async function runImportBench(log: (s: string) => void): Promise<{ rows: ImportRow[]; notes: string[] }> {
  const base = process.env.POLICY_LENS_SHARED_CORPUS ?? resolve('../shared/corpus');
  const dir = join(base, 'formats');
  if (!existsSync(dir)) return { rows: [], notes: [`import bench skipped: ${dir} not found`] };
  const rows: ImportRow[] = [];
  const notes: string[] = [];
  for (const name of readdirSync(dir).filter((n) => importKind(n)).sort()) {
    const path = join(dir, name);
    const bytes = new Uint8Array(readFileSync(path));
    const kind = importKind(name)!;
    log(`import bench: ${name}`);
    let pages: number | undefined;
    const convert = async () => {
      const r = await runtime.convert(kind, bytes, name);
      if (r.ok) pages = r.pages;
    };
    let baseline: string;
    let alone: () => Promise<unknown>;
    if (kind === 'pdf') {
      baseline = 'pdf.js getTextContent alone';
      alone = () => pdfTextOnly(bytes);
    } else if (kind === 'html') {
      baseline = 'rehype-parse alone';
      const text = new TextDecoder().decode(bytes);
      alone = async () => unified().use(rehypeParse).parse(text);
    } else {
      baseline = 'mammoth alone';
      alone = () => mammoth.convertToHtml({ buffer: bytes } as never);
    }
    const [importMs, baselineMs] = await timePair(convert, alone);
    const peak = child(path);
    rows.push({ file: name, kind, MB: +(bytes.length / 1048576).toFixed(2), pages, importMs: Math.round(importMs), baselineMs: Math.round(baselineMs), baseline, speedRatio: +(baselineMs / importMs).toFixed(2), peakMB: peak.peakMB });
  }
  notes.push(...(await bigPdf(rows, log)));
  return { rows, notes };
}

/** The 150-page target: repeat the longest text PDF until it has at least 150 pages. */
async function bigPdf(rows: ImportRow[], log: (s: string) => void): Promise<string[]> {
  const longest = rows.filter((r) => r.kind === 'pdf' && (r.pages ?? 0) > 0).sort((a, b) => (b.pages ?? 0) - (a.pages ?? 0))[0];
  if (!longest) return ['150-page target skipped: no PDF with pages'];
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
  } catch {
    return ['150-page target skipped: qpdf (used to build the 150-page PDF) is not installed'];
  }
  const src = join(process.env.POLICY_LENS_SHARED_CORPUS ?? resolve('../shared/corpus'), 'formats', longest.file);
  const copies = Math.ceil(150 / longest.pages!);
  const tmp = mkdtempSync(join(tmpdir(), 'pl-bench-'));
  const out = join(tmp, 'big.pdf');
  try {
    execFileSync('qpdf', ['--empty', '--pages', ...Array(copies).fill(src), '--', out], { stdio: 'ignore' });
    log(`import bench: ${copies}× ${longest.file} (${copies * longest.pages!} pages)`);
    const r = child(out);
    const MB = statSync(out).size / 1048576;
    const verdict = r.peakMB < 300 ? 'PASS' : 'MISS';
    return [`${r.pages}-page PDF (${MB.toFixed(1)} MB): import ${Math.round(r.ms)} ms (${(r.pages! / (r.ms / 1000)).toFixed(1)} pages/s), peak memory ${r.peakMB} MB  ${verdict} [< 300 MB]`];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The table of the import section. */
export function renderImport(rows: readonly ImportRow[], notes: readonly string[]): string {
  const head = ['file', 'MB', 'pages', 'import ms', 'pages/s', 'MB/s', 'baseline', 'baseline ms', 'speed vs baseline', 'peak MB'];
  const body = rows.map((r) => {
    const goal = r.kind === 'pdf' ? `${r.speedRatio >= 0.5 ? 'PASS' : 'MISS'} [≥ 0.5×]` : 'info';
    return [r.file, String(r.MB), r.pages === undefined ? '—' : String(r.pages), String(r.importMs),
      r.pages ? (r.pages / (r.importMs / 1000)).toFixed(1) : '—', (r.MB / (r.importMs / 1000)).toFixed(2), r.baseline, String(r.baselineMs),
      `${r.speedRatio}×  ${goal}`, String(r.peakMB ?? '—')];
  });
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((r) => [...r[c]].length)) + 2);
  const line = (r: string[]) => r.map((cell, c) => cell + ' '.repeat(widths[c] - [...cell].length)).join('│ ');
  return ['import (real files of ../shared/corpus/formats; median of 3 runs alternating with the baseline after a warm-up; peak = max RSS of a child importing that file alone)',
    line(head), widths.map((w) => '─'.repeat(w)).join('┼─'), ...body.map(line), ...notes].join('\n');
}
