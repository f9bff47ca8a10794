/**
 * `policy-lens import <dir> <file|folder>… [--out FOLDER] [--force] [--json]`: convert PDFs, web
 * pages and Word files to Markdown in the workspace. Files are given relative to `<dir>` (or
 * as paths inside it); a folder imports every importable file under it.
 */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { importFile, type ImportOutcome } from '../../core/import/importFile';
import type { Problem } from '../../core/types';
import { loadConverters } from '../../importer/load';
import { NodeFiles } from '../nodeFiles';

const USAGE = 'Usage: policy-lens import <dir> <file|folder>… [--out FOLDER] [--force] [--json]';

/** Run the command. Exit code 1 when any file failed, 2 on bad arguments. */
export async function run(args: string[], out: (s: string) => void): Promise<number> {
  const [dir, ...rest] = args;
  const json = rest.includes('--json');
  const force = rest.includes('--force');
  const outAt = rest.indexOf('--out');
  const outFolder = outAt >= 0 ? rest[outAt + 1] : undefined;
  const targets = rest.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
  if (!dir || dir.startsWith('--') || targets.length === 0 || (outAt >= 0 && !outFolder)) {
    out(USAGE);
    return 2;
  }
  const files = new NodeFiles(dir);
  const problems: Problem[] = [];
  const sources: string[] = [];
  for (const t of targets) {
    const rel = relative(files.root, isAbsolute(t) ? t : resolve(files.root, t)).split('\\').join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) {
      problems.push({ path: t, severity: 'error', message: 'the file is outside the workspace folder' });
      continue;
    }
    const isFolder = rel === '' || (statSync(resolve(files.root, rel), { throwIfNoEntry: false })?.isDirectory() ?? false);
    if (isFolder) {
      const under = rel === '' ? '' : `${rel}/`;
      const found = await files.listFiles([`${under}**/*.{pdf,PDF,html,htm,HTML,HTM,docx,DOCX}`], ['**/node_modules/**', '**/.git/**', '.policylens/**']);
      if (found.length === 0) problems.push({ path: t, severity: 'warning', message: 'no PDF, web page or Word file found in this folder' });
      sources.push(...found);
    } else sources.push(rel);
  }
  const runtime = loadConverters();
  const outcomes: ImportOutcome[] = [];
  for (const source of sources) outcomes.push(await importFile(files, source, runtime, { outFolder, force }));
  const done = outcomes.filter((o) => o.status !== 'failed');
  for (const o of outcomes) if (o.status === 'failed') problems.push(...o.problems);
  if (json) {
    out(JSON.stringify({
      imported: done.map((o) => ({ source: o.source, path: o.path, status: o.status, ...(o.pages !== undefined ? { pages: o.pages } : {}), problems: o.problems.map(plain) })),
      problems: problems.map(plain),
    }, null, 2));
  } else {
    for (const o of done) {
      out(`${o.status.padEnd(10)} ${o.source} → ${o.path}${o.pages !== undefined ? ` (${o.pages} pages)` : ''}`);
      for (const p of o.problems) out(`  ${p.severity}: ${p.message}`);
    }
    for (const p of problems) out(`${p.path}: ${p.severity}: ${p.message}`);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function plain(p: Problem) {
  return { path: p.path, severity: p.severity, message: p.message };
}
