/**
 * Commands of the Coded Segments view: build a query step by step with quick picks (or take
 * one as an argument, from the Analysis panel or a keybinding), and export the listed
 * segments as CSV or Markdown.
 */
import * as vscode from 'vscode';
import type { SegmentQuery } from '../../core/analysis/query';
import { codesWithAncestors } from '../../core/analysis/segments';
import { segmentsToCsv, segmentsToMarkdown } from '../../core/analysis/tableExport';
import { isSafePath } from '../args';
import type { AnnotationsSession } from '../annotations/session';
import { viewInputs } from './inputs';
import { describe, type SegmentsTree } from './segmentsView';

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length < 500);

/** A query from a command argument, or undefined when it is not one (never trusted blindly). */
export function queryFromArg(arg: unknown): SegmentQuery | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const o = arg as Record<string, unknown>;
  const q: { -readonly [K in keyof SegmentQuery]: SegmentQuery[K] } = {};
  if (typeof o.tag === 'string') q.tag = o.tag;
  for (const k of ['and', 'or', 'not', 'overlapping', 'coders'] as const) if (strings(o[k])) q[k] = o[k] as string[];
  if (isSafePath(o.path)) q.paths = [o.path];
  if (typeof o.facets === 'object' && o.facets !== null && Object.values(o.facets).every(strings)) q.facets = o.facets as Record<string, string[]>;
  return Object.keys(q).length || Object.keys(o).length === 0 ? q : undefined;
}

async function pickCode(session: AnnotationsSession, title: string): Promise<string | undefined> {
  const codes = codesWithAncestors(viewInputs(session).segments);
  const pick = await vscode.window.showQuickPick(codes.map((c) => ({ label: c, description: session.codebook.labelOf(c) !== c ? session.codebook.labelOf(c) : undefined })), { title, placeHolder: vscode.l10n.t('Code (sub-codes included)') });
  return pick?.label;
}

/** Ask for a query with quick picks, starting from a code. */
export async function askQuery(session: AnnotationsSession): Promise<SegmentQuery | undefined> {
  await session.ready;
  const tag = await pickCode(session, vscode.l10n.t('Coded segments: code'));
  if (tag === undefined) return undefined;
  let q: SegmentQuery = { tag };
  for (;;) {
    const ops = [
      { label: vscode.l10n.t('$(check) Show'), op: 'done' },
      { label: vscode.l10n.t('AND code…'), op: 'and' },
      { label: vscode.l10n.t('OR code…'), op: 'or' },
      { label: vscode.l10n.t('NOT code…'), op: 'not' },
      { label: vscode.l10n.t('Overlapping a code…'), op: 'overlapping' },
      { label: vscode.l10n.t('By coder…'), op: 'coder' },
      { label: vscode.l10n.t('Documents with facet…'), op: 'facet' },
    ] as const;
    const step = await vscode.window.showQuickPick(ops, { title: describe(q), placeHolder: vscode.l10n.t('Refine the query, or show it') });
    if (!step || step.op === 'done') return q;
    if (step.op === 'coder') {
      const coders = [...new Set(viewInputs(session).segments.map((s) => s.coder))].sort();
      const who = await vscode.window.showQuickPick(coders, { canPickMany: true, title: vscode.l10n.t('Coders') });
      if (who?.length) q = { ...q, coders: who };
    } else if (step.op === 'facet') {
      const inputs = viewInputs(session);
      const facet = await vscode.window.showQuickPick(inputs.facets, { title: vscode.l10n.t('Facet') });
      if (!facet) continue;
      const values = [...new Set(inputs.documents.flatMap((d) => inputs.facetsOf(d)?.[facet] ?? []))].sort();
      const chosen = await vscode.window.showQuickPick(values, { canPickMany: true, title: facet });
      if (chosen?.length) q = { ...q, facets: { ...q.facets, [facet]: chosen } };
    } else {
      const code = await pickCode(session, step.label);
      if (code) q = { ...q, [step.op]: [...(q[step.op] ?? []), code] };
    }
  }
}

/** Save the listed segments as CSV or Markdown. */
export async function exportSegments(tree: SegmentsTree, root: vscode.Uri | undefined): Promise<void> {
  await tree.getChildren();
  const rows = tree.rows.map((r) => r.row);
  if (!rows.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No coded segments to export.'));
    return;
  }
  const kind = await vscode.window.showQuickPick([{ label: 'CSV', ext: 'csv' }, { label: 'Markdown', ext: 'md' }], { title: vscode.l10n.t('Export coded segments as') });
  if (!kind) return;
  const target = await vscode.window.showSaveDialog({ defaultUri: root ? vscode.Uri.joinPath(root, `coded-segments.${kind.ext}`) : undefined, filters: { [kind.label]: [kind.ext] } });
  if (!target) return;
  const text = kind.ext === 'csv' ? segmentsToCsv(rows) : segmentsToMarkdown(rows, `${vscode.l10n.t('Coded segments')}: ${describe(tree.current)}`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0} coded segments to {1}', rows.length, vscode.workspace.asRelativePath(target)));
}
