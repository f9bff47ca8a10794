/**
 * The "big file" row: one document of 1, 10 and 50 MB (bilingual prose with headings, one
 * markdown and one plain-text variant) loaded the way the extension loads it — read, decode,
 * line index, parse, mentions, metadata, then the jump index — with the size limit raised.
 * Throughput in MB/s should stay about flat as the file grows (every per-file pass linear).
 */
import { CorpusModel, corpusOptions } from '../src/core/corpus/model';
import type { KnowledgeBase } from '../src/core/knowledge';
import { createJumpIndex } from '../src/core/search/jump';
import { toSearchDoc } from '../src/core/search/fromCorpus';
import { MemoryFiles } from '../test/unit/support/memoryFiles';
import { now, round } from './stats';
import type { SyntheticDoc } from './synthetic';

/** Sizes measured when `--big=` does not say otherwise. */
export const BIG_SIZES_MB: readonly number[] = [1, 10, 50];

export interface BigFileResult {
  readonly mb: number;
  readonly markdownMBps: number | null;
  readonly plainMBps: number | null;
  readonly markdownMs: number | null;
  readonly plainMs: number | null;
}

/** One big text of about `mb` MB (UTF-8) made of the corpus's own paragraphs. */
function bigText(docs: readonly SyntheticDoc[], mb: number, markdown: boolean): string {
  const blocks = docs.flatMap((d) => d.text.split('\n\n')).filter((b) => b.trim() && !b.startsWith('---'));
  const parts: string[] = markdown ? ['---', 'title: One very long document', '---', ''] : [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const b = blocks[i % blocks.length];
    const block = markdown ? b : b.replace(/^#+\s+/, '');
    parts.push(block, '');
    bytes += Buffer.byteLength(block) + 2;
  }
  return parts.join('\n');
}

async function loadOne(kb: KnowledgeBase, path: string, text: string): Promise<number> {
  const files = new MemoryFiles();
  files.set(path, text);
  const t0 = now();
  const model = await CorpusModel.load(files, kb, corpusOptions({ maxBytes: Number.MAX_SAFE_INTEGER }));
  const docs = model.documents();
  if (docs.length !== 1) throw new Error(`big file ${path} was not loaded: ${JSON.stringify(model.skipped())}`);
  createJumpIndex().setDocuments(docs.map(toSearchDoc));
  return now() - t0;
}

/** Measure each size in `sizes` (MB), markdown then plain text; `log` gets a line per size. */
export async function bigFiles(kb: KnowledgeBase, docs: readonly SyntheticDoc[], sizes: readonly number[], log: (s: string) => void): Promise<BigFileResult[]> {
  const out: BigFileResult[] = [];
  for (const mb of sizes) {
    const mdText = bigText(docs, mb, true);
    const mdMs = await loadOne(kb, 'big.md', mdText);
    const mdMB = Buffer.byteLength(mdText) / 1e6;
    const txt = bigText(docs, mb, false);
    const txtMs = await loadOne(kb, 'big.txt', txt);
    const txtMB = Buffer.byteLength(txt) / 1e6;
    log(`  big file ${mb} MB: markdown ${mdMs.toFixed(0)} ms (${(mdMB / (mdMs / 1000)).toFixed(2)} MB/s), plain ${txtMs.toFixed(0)} ms (${(txtMB / (txtMs / 1000)).toFixed(2)} MB/s)`);
    out.push({
      mb,
      markdownMs: round(mdMs, 0),
      plainMs: round(txtMs, 0),
      markdownMBps: round(mdMB / (mdMs / 1000)),
      plainMBps: round(txtMB / (txtMs / 1000)),
    });
  }
  return out;
}

/** Table lines for the big-file results, with the growth from the smallest size. */
export function renderBigFiles(rows: readonly BigFileResult[]): string[] {
  if (rows.length === 0) return [];
  const first = rows[0];
  const lines = ['', 'big file (one document, size limit raised): MB/s, and time relative to the smallest size ÷ size ratio (1.0 = linear)'];
  for (const r of rows) {
    const grow = (ms: number | null, base: number | null): string => (ms && base ? ((ms / base) / (r.mb / first.mb)).toFixed(2) : '—');
    lines.push(`  ${String(r.mb).padStart(3)} MB  markdown ${r.markdownMBps} MB/s (${r.markdownMs} ms, ${grow(r.markdownMs, first.markdownMs)})  ` +
      `plain text ${r.plainMBps} MB/s (${r.plainMs} ms, ${grow(r.plainMs, first.plainMs)})`);
  }
  return lines;
}
