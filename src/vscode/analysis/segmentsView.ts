/**
 * The Coded Segments view: every passage matching the current query (a code with its
 * sub-codes, combined with AND / OR / NOT / overlapping, by coder and document facet). Each
 * row opens its place; the title bar changes the query and exports CSV or Markdown.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { querySegments, type SegmentQuery } from '../../core/analysis/query';
import type { Segment } from '../../core/analysis/segments';
import type { SegmentRow } from '../../core/analysis/tableExport';
import { viewInputs } from './inputs';
import { codeMemosMarkdown } from './memos';

/** A row of the view: one coded segment. */
export interface SegmentItem {
  readonly segment: Segment;
  readonly row: SegmentRow;
}

/** Tree data of the Coded Segments view (a flat list). */
export class SegmentsTree implements vscode.TreeDataProvider<SegmentItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private query: SegmentQuery = {};
  private readonly subscription: vscode.Disposable;
  view: vscode.TreeView<SegmentItem> | undefined;
  /** Rows of the last listing, in order (also what Export writes). */
  rows: SegmentItem[] = [];

  constructor(private readonly session: AnnotationsSession) {
    this.subscription = session.onDidChange(() => this.changed.fire());
  }

  /** The query shown. */
  get current(): SegmentQuery {
    return this.query;
  }

  /** Show the segments of `query`. */
  setQuery(query: SegmentQuery): void {
    this.query = query;
    void vscode.commands.executeCommand('setContext', 'policyLens.segmentsQuery', Object.keys(query).length > 0);
    this.changed.fire();
  }

  async getChildren(parent?: SegmentItem): Promise<SegmentItem[]> {
    if (parent) return [];
    await this.session.ready;
    const inputs = viewInputs(this.session);
    const model = this.session.service.current()?.model;
    const found = querySegments(inputs.segments, this.query, inputs.facetsOf);
    this.rows = found.map((segment) => {
      const line = (model?.get(segment.path)?.lines.lineOf(segment.start) ?? 0) + 1;
      return { segment, row: { path: segment.path, line, text: segment.text, tags: segment.tags, author: segment.coder === '(unknown)' ? null : segment.coder } };
    });
    if (this.view) {
      this.view.description = describe(this.query);
      this.view.message = this.rows.length ? undefined : vscode.l10n.t('No coded segments match. Use “Query Coded Segments…” in the title bar.');
      this.view.badge = this.rows.length ? { value: this.rows.length, tooltip: vscode.l10n.t('{0} coded segments', this.rows.length) } : undefined;
    }
    return this.rows;
  }

  getTreeItem(item: SegmentItem): vscode.TreeItem {
    const text = item.segment.text.replace(/\s+/g, ' ');
    const t = new vscode.TreeItem(text.length > 80 ? text.slice(0, 80) + '…' : text);
    t.description = `${item.row.path}:${item.row.line} · ${item.segment.tags.join(', ')}${item.row.author ? ` · ${item.row.author}` : ''}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(`${item.row.path}:${item.row.line}\n\n${item.segment.text}\n\n${item.segment.tags.join(', ')} · ${item.row.author ?? vscode.l10n.t('unknown author')}`);
    // The codes' memos, as the researcher wrote them (untrusted Markdown).
    const memos = codeMemosMarkdown(this.session, item.segment.tags);
    if (memos) tip.appendMarkdown('\n\n---\n\n' + memos.value);
    t.tooltip = tip;
    t.contextValue = 'codedSegment';
    t.command = { command: 'policyLens.openLocation', title: vscode.l10n.t('Open'), arguments: [{ path: item.segment.path, start: item.segment.start, end: item.segment.end }] };
    return t;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** The query in a few words, for the view's description. */
export function describe(q: SegmentQuery): string {
  const parts: string[] = [];
  if (q.tag !== undefined) parts.push(q.tag);
  for (const c of q.or ?? []) parts.push(`∨ ${c}`);
  for (const c of q.and ?? []) parts.push(`∧ ${c}`);
  for (const c of q.not ?? []) parts.push(`¬ ${c}`);
  for (const c of q.overlapping ?? []) parts.push(`≬ ${c}`);
  if (q.coders?.length) parts.push(`@ ${q.coders.join(', ')}`);
  for (const [k, v] of Object.entries(q.facets ?? {})) parts.push(`${k}=${v.join('|')}`);
  return parts.join(' ') || vscode.l10n.t('all');
}
