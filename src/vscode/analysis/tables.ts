/**
 * The Analysis panel's tables, computed by the core and labelled for display: code ×
 * document (coverage share), code × facet (segment counts), co-occurrence by overlap and by
 * passage, and agreement per code.
 */
import * as vscode from 'vscode';
import { codeByDocument, codeByFacet, NO_VALUE, type CodeMatrix } from '../../core/analysis/matrix';
import { cooccurrence } from '../../core/analysis/cooccurrence';
import { computeAgreement } from '../../core/analysis/agreement';
import { csvField } from '../../core/annotations/export/csv';
import type { TableData } from '../../webview/analysis/protocol';
import type { ViewInputs } from './inputs';

const fromMatrix = (m: CodeMatrix, pick: (c: CodeMatrix['cells'][number][number]) => number | null): TableData['rows'] =>
  m.rows.map((label, i) => ({ label, cells: m.cells[i].map(pick) }));

/** Every table for `inputs`; `facet` picks the code × facet columns. */
export function buildTables(inputs: ViewInputs, facet: string): TableData[] {
  const { segments, lengthOf, facetsOf } = inputs;
  const byDoc = codeByDocument(segments, { lengthOf });
  const byFacet = codeByFacet(segments, facet, facetsOf, { lengthOf, documents: [...new Set([...inputs.documents, ...segments.map((s) => s.path)])] });
  const co = cooccurrence(segments, inputs.passagesOf);
  const coders = [...new Set(segments.map((s) => s.coder))].sort();
  const tables: TableData[] = [
    { id: 'byDocument', title: vscode.l10n.t('Codes × documents'), corner: vscode.l10n.t('Code'), cols: byDoc.cols, rows: fromMatrix(byDoc, (c) => c.coverage ?? null), format: 'percent', opensSegments: true },
    { id: 'byFacet', title: vscode.l10n.t('Codes × {0}', facet), corner: vscode.l10n.t('Code'), cols: byFacet.cols.map((c) => (c === NO_VALUE ? vscode.l10n.t('(none)') : c)), rows: fromMatrix(byFacet, (c) => c.count), format: 'count', opensSegments: true },
    { id: 'overlap', title: vscode.l10n.t('Co-occurrence (overlapping)'), corner: vscode.l10n.t('Code'), cols: co.codes, rows: co.codes.map((label, i) => ({ label, cells: co.overlap[i] })), format: 'count' },
    { id: 'passage', title: vscode.l10n.t('Co-occurrence (same passage)'), corner: vscode.l10n.t('Code'), cols: co.codes, rows: co.codes.map((label, i) => ({ label, cells: co.passage[i] })), format: 'count' },
  ];
  if (coders.length >= 2) {
    const r = computeAgreement(segments, { lengthOf });
    const row = (label: string, f: { agreement: number; kappa: number; alpha: number }) => ({ label, cells: [f.agreement, f.kappa, f.alpha] });
    tables.push({
      id: 'agreement', title: vscode.l10n.t('Agreement ({0})', r.coders.join(', ')), corner: vscode.l10n.t('Code'),
      cols: [vscode.l10n.t('Percent agreement'), "Cohen's κ", "Krippendorff's α"],
      rows: [...r.codes.map((c) => row(c.tag, c)), row(vscode.l10n.t('(overall)'), r.overall)], format: 'coefficient',
    });
  }
  return tables;
}

/** A table as CSV text (what Export CSV writes). */
export function tableCsv(t: TableData): string {
  const num = (v: number | null): string => (v === null || Number.isNaN(v) ? '' : t.format === 'count' ? String(v) : v.toFixed(4));
  return '\ufeff' + [[t.corner, ...t.cols], ...t.rows.map((r) => [r.label, ...r.cells.map(num)])].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
