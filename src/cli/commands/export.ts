/**
 * `policy-lens export <dir> --format w3c|csv|qdpx --out FILE`: every annotation of a corpus,
 * re-anchored to the current files, as W3C Web Annotation JSON-LD, CSV (one row per tag) or a
 * REFI-QDA project for ATLAS.ti / MAXQDA / NVivo. `--out` is relative to the current folder.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { FilePort } from '../../core/ports';
import { LineIndex } from '../../core/text/lines';
import { pageOfOffset } from '../../core/import/pageMap';
import { CODEBOOK_PATH, parseCodebook, type Codebook } from '../../core/annotations/codebook';
import { toCsv } from '../../core/annotations/export/csv';
import { toQdpx } from '../../core/annotations/export/qdpx';
import { toW3c } from '../../core/annotations/export/w3c';
import { loadWorkspaceAnnotations } from './annotations';
import { readDocumentText, runInDir } from '../dirCommand';
import { documentOfMemo, MEMOS_DIR } from '../../core/annotations/memos';

/** Every document memo of the workspace, by document path. */
export async function loadDocumentMemos(files: FilePort): Promise<Map<string, string>> {
  const memos = new Map<string, string>();
  for (const path of await files.listFiles([`${MEMOS_DIR}/**/*.md`], [])) {
    const doc = documentOfMemo(path);
    const text = doc ? await readDocumentText(files, path) : undefined;
    if (doc && text !== undefined && text.trim() !== '') memos.set(doc, text.replace(/\s+$/, ''));
  }
  return memos;
}

const USAGE = 'usage: policy-lens export <dir> --format w3c|csv|qdpx --out FILE';

/** Export bytes for `format`, with lines to report (skipped annotations, problems). */
export async function exportAnnotations(files: FilePort, format: 'w3c' | 'csv' | 'qdpx'): Promise<{ data: Uint8Array; notes: string[]; count: number }> {
  const ws = await loadWorkspaceAnnotations(files);
  const notes = ws.problems.map((p) => `skipped invalid file ${p.path}:${(p.line ?? 0) + 1}: ${p.message}`);
  const enc = new TextEncoder();
  if (format === 'w3c') return { data: enc.encode(JSON.stringify(toW3c(ws.annotations, { textOf: ws.textOf }), null, 2) + '\n'), notes, count: ws.annotations.length };
  if (format === 'csv') {
    const lines = new Map<string, LineIndex>();
    const lineOf = (path: string, offset: number): number | undefined => {
      const text = ws.textOf(path);
      if (text === undefined) return undefined;
      if (!lines.has(path)) lines.set(path, new LineIndex(text));
      return lines.get(path)!.lineOf(offset) + 1;
    };
    const pageOf = (path: string, offset: number) => {
      const text = ws.textOf(path);
      return text === undefined ? undefined : pageOfOffset(lines.get(path) ?? (lines.set(path, new LineIndex(text)), lines.get(path)!), text, offset);
    };
    return { data: enc.encode(toCsv(ws.annotations, lineOf, pageOf)), notes, count: ws.annotations.length };
  }
  let codebook: Codebook | undefined;
  const cbText = await readDocumentText(files, CODEBOOK_PATH);
  if (cbText !== undefined) {
    const parsed = parseCodebook(CODEBOOK_PATH, cbText);
    codebook = parsed.codebook;
    notes.push(...parsed.problems.map((p) => `${p.path}:${(p.line ?? 0) + 1}: ${p.severity}: ${p.message}`));
  }
  const documentMemos = await loadDocumentMemos(files);
  const texts = new Map<string, string | undefined>();
  for (const path of documentMemos.keys()) if (ws.textOf(path) === undefined) texts.set(path, await readDocumentText(files, path));
  const textOf = (p: string): string | undefined => ws.textOf(p) ?? texts.get(p);
  const result = toQdpx({ annotations: ws.annotations, textOf, codebook, documentMemos });
  notes.push(...result.skipped.map((s) => `skipped ${s.id}: ${s.reason}`));
  return { data: result.zip, notes, count: ws.annotations.length - result.skipped.length };
}

/** The command over an arbitrary FilePort; `args` start after `<dir>`. */
export async function runWith(files: FilePort, args: string[], out: (s: string) => void, write = writeFileSync): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  const format = values.format;
  if ((format !== 'w3c' && format !== 'csv' && format !== 'qdpx') || !values.out) {
    out(USAGE);
    return 2;
  }
  const { data, notes, count } = await exportAnnotations(files, format);
  write(values.out, data);
  for (const n of notes) out(n);
  out(`exported ${count} annotation(s) as ${format} to ${values.out}`);
  return 0;
}

export const run = runInDir(USAGE, runWith);
