/**
 * Export (W3C JSON-LD, CSV, REFI-QDA .qdpx) to a file the user chooses, and import of W3C
 * JSON into the store. Annotations are re-anchored against the current corpus first so the
 * exported positions are current. Both accept arguments (`{ format, path }`, `{ path }` with
 * a workspace-relative path) so scripts can skip the dialogs.
 */
import * as vscode from 'vscode';
import { pageOfOffset } from '../../core/import/pageMap';
import { toCsv } from '../../core/annotations/export/csv';
import { toQdpx } from '../../core/annotations/export/qdpx';
import { toW3c } from '../../core/annotations/export/w3c';
import { loadDocumentMemos } from '../analysis/memos';
import { importW3c, W3cImportError } from '../../core/annotations/export/importW3c';
import type { Annotation } from '../../core/annotations/types';
import { isSafePath } from '../args';
import type { AnnotationsSession } from './session';

type Format = 'w3c' | 'csv' | 'qdpx';
const EXTENSIONS: Record<Format, string> = { w3c: 'jsonld', csv: 'csv', qdpx: 'qdpx' };

function argObject(arg: unknown): Record<string, unknown> | undefined {
  return typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? (arg as Record<string, unknown>) : undefined;
}

async function chooseFormat(): Promise<Format | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('W3C Web Annotation (JSON-LD)'), description: '.jsonld', format: 'w3c' as const },
    { label: vscode.l10n.t('CSV (one row per tag)'), description: '.csv', format: 'csv' as const },
    { label: vscode.l10n.t('REFI-QDA project (ATLAS.ti, MAXQDA, NVivo)'), description: '.qdpx', format: 'qdpx' as const },
  ], { title: vscode.l10n.t('Export annotations as') });
  return pick?.format;
}

function encode(session: AnnotationsSession, format: Format, annotations: readonly Annotation[], documentMemos?: ReadonlyMap<string, string>): { data: Uint8Array; skipped: number } {
  const textOf = (path: string) => session.textOf(path);
  const enc = new TextEncoder();
  if (format === 'w3c') return { data: enc.encode(JSON.stringify(toW3c(annotations, { textOf }), null, 2) + '\n'), skipped: 0 };
  if (format === 'csv') {
    const lineOf = (path: string, offset: number) => {
      const line = session.service.current()?.model.get(path)?.lines.lineOf(offset);
      return line === undefined ? undefined : line + 1;
    };
    const pageOf = (path: string, offset: number) => {
      const lines = session.service.current()?.model.get(path)?.lines;
      return lines && pageOfOffset(lines, lines.text, offset);
    };
    return { data: enc.encode(toCsv(annotations, lineOf, pageOf)), skipped: 0 };
  }
  const tags = session.codebook.tags();
  const result = toQdpx({ annotations, textOf, codebook: { version: 1, tags }, documentMemos, projectName: session.files.root.path.split('/').pop() });
  return { data: result.zip, skipped: result.skipped.length };
}

/** Export every annotation; returns the number written, or undefined when cancelled. */
export async function exportAnnotations(session: AnnotationsSession, arg?: unknown): Promise<number | undefined> {
  await session.ready;
  const o = argObject(arg);
  const given = o?.format;
  if (o && (!['w3c', 'csv', 'qdpx'].includes(given as string) || (o.path !== undefined && !isSafePath(o.path)))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Invalid arguments for Export Annotations.'));
    return undefined;
  }
  if (!session.service.canWrite()) return undefined;
  const format = (given as Format | undefined) ?? (await chooseFormat());
  if (!format) return undefined;
  const target = typeof o?.path === 'string' ? session.files.uri(o.path) : await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(session.files.root, `annotations.${EXTENSIONS[format]}`),
    filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
    title: vscode.l10n.t('Export annotations'),
  });
  if (!target || !session.service.canWrite()) return undefined;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations…') }, async () => {
    for (const path of new Set(session.all().map((a) => a.target.source))) await session.reanchor(path);
    const annotations = session.all();
    const memos = format === 'qdpx' ? await loadDocumentMemos(session.files).catch(() => undefined) : undefined;
    const { data, skipped } = encode(session, format, annotations, memos);
    await vscode.workspace.fs.writeFile(target, data);
    const count = annotations.length - skipped;
    const name = target.path.split('/').pop() ?? '';
    let message = count === 1 ? vscode.l10n.t('Exported 1 annotation to {0}.', name) : vscode.l10n.t('Exported {0} annotations to {1}.', count, name);
    if (skipped === 1) message += ' ' + vscode.l10n.t('1 annotation could not be exported (orphaned or outside the text).');
    else if (skipped > 1) message += ' ' + vscode.l10n.t('{0} annotations could not be exported (orphaned or outside the text).', skipped);
    void vscode.window.showInformationMessage(message);
    return count;
  });
}

/** Import W3C annotations; returns how many were added or updated. */
export async function importAnnotations(session: AnnotationsSession, arg?: unknown): Promise<number | undefined> {
  await session.ready;
  const o = argObject(arg);
  if (o && !isSafePath(o.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Invalid arguments for Import W3C Annotations.'));
    return undefined;
  }
  if (!session.service.canWrite()) return undefined;
  const source = o ? session.files.uri(o.path as string) : (await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: session.files.root,
    filters: { [vscode.l10n.t('W3C annotations')]: ['json', 'jsonld'] },
    title: vscode.l10n.t('Import W3C annotations'),
  }))?.[0];
  if (!source || !session.service.canWrite()) return undefined;
  let imported: Annotation[];
  try {
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
    imported = importW3c(text, { textOf: (p) => session.textOf(p) });
  } catch (e) {
    const detail = e instanceof W3cImportError ? `${e.where}: ${e.detail}` : e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', source.path.split('/').pop() ?? '', detail));
    return undefined;
  }
  const unsafe = imported.filter((a) => !isSafePath(a.target.source));
  const byDoc = new Map<string, Annotation[]>();
  for (const a of imported) if (isSafePath(a.target.source)) byDoc.set(a.target.source, [...(byDoc.get(a.target.source) ?? []), a]);
  const failed: string[] = [];
  for (const [path, list] of byDoc) {
    try {
      await session.store.insert(path, list);
      await session.reanchor(path);
    } catch (e) {
      failed.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const count = [...byDoc.entries()].filter(([p]) => !failed.some((f) => f.startsWith(p + ':'))).reduce((n, [, l]) => n + l.length, 0);
  const unknown = [...byDoc.keys()].filter((p) => !session.service.current()?.model.get(p));
  const notes = [
    ...unsafe.map((a) => vscode.l10n.t('{0}: path outside the workspace', a.id)),
    ...unknown.map((p) => vscode.l10n.t('{0} is not part of the corpus.', p)),
    ...failed,
  ];
  const done = count === 1 ? vscode.l10n.t('Imported 1 annotation.') : vscode.l10n.t('Imported {0} annotations.', count);
  if (notes.length) {
    session.service.log.warn(`Import: ${notes.join('; ')}`);
    const problems = notes.length === 1
      ? vscode.l10n.t('There was 1 problem (see the Policy Lens output).')
      : vscode.l10n.t('There were {0} problems (see the Policy Lens output).', notes.length);
    void vscode.window.showWarningMessage(`${done} ${problems}`);
  } else {
    void vscode.window.showInformationMessage(done);
  }
  return count;
}
