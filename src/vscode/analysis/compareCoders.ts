/**
 * Compare Coders: per document, the stretches where the compared coders differ (one coded a
 * code there, another did not), listed in a view and highlighted in the editor in each
 * coder's colour; next/previous walk through them across documents.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { differences, type Difference } from '../../core/analysis/compare';
import { toEditorRange } from '../convert';
import { viewInputs } from './inputs';

/** Colours for coders, in order; each readable as a translucent background in light and dark themes. */
const COLOURS = ['#e15759', '#4e79a7', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2'];

/** A row: a document with differences, or one difference in it. */
export type CompareItem = { readonly kind: 'doc'; readonly path: string; readonly count: number } | { readonly kind: 'diff'; readonly path: string; readonly diff: Difference; readonly index: number };

/** The view's data and the editor highlighting. */
export class CompareCoders implements vscode.TreeDataProvider<CompareItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CompareItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private coders: string[] = [];
  private byDoc = new Map<string, Difference[]>();
  private readonly types = COLOURS.map((c) => vscode.window.createTextEditorDecorationType({ backgroundColor: `${c}40`, border: `1px solid ${c}`, overviewRulerColor: c, overviewRulerLane: vscode.OverviewRulerLane.Center }));
  private readonly disposables: vscode.Disposable[] = [];
  private cursor = -1;
  view: vscode.TreeView<CompareItem> | undefined;

  constructor(private readonly session: AnnotationsSession) {
    this.disposables.push(
      session.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()),
    );
  }

  /** The coders compared now. */
  get compared(): readonly string[] {
    return this.coders;
  }

  /** Compare `coders` (at least two). */
  compare(coders: readonly string[]): void {
    this.coders = [...coders];
    this.cursor = -1;
    this.refresh();
  }

  /** Every difference in document order, for next/previous. */
  all(): { path: string; diff: Difference }[] {
    return [...this.byDoc.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([path, list]) => list.map((diff) => ({ path, diff })));
  }

  private refresh(): void {
    this.byDoc = new Map();
    if (this.coders.length >= 2) {
      const inputs = viewInputs(this.session);
      const paths = [...new Set(inputs.segments.filter((s) => this.coders.includes(s.coder)).map((s) => s.path))].sort();
      for (const path of paths) {
        const length = inputs.lengthOf(path);
        if (length === undefined) continue;
        const list = differences(inputs.segments, path, this.coders, length);
        if (list.length) this.byDoc.set(path, list);
      }
    }
    if (this.view) {
      this.view.description = this.coders.join(' ↔ ');
      this.view.message = this.coders.length < 2 ? vscode.l10n.t('Choose two or more coders with “Compare Coders…”.') : this.byDoc.size ? undefined : vscode.l10n.t('The coders agree everywhere they both coded.');
    }
    this.changed.fire(undefined);
    this.decorate();
  }

  /** Highlight differences in visible editors, each stretch in the colour of its first coder. */
  decorate(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const path = this.session.pathOf(editor.document.uri);
      const list = path ? this.byDoc.get(path) ?? [] : [];
      this.types.forEach((type, i) => {
        const mine = list.filter((d) => this.coders.indexOf(d.coders[0]) % COLOURS.length === i);
        editor.setDecorations(type, mine.map((d) => ({ range: toEditorRange(editor.document, d), hoverMessage: vscode.l10n.t('{0}: coded by {1} only', d.code, d.coders.join(', ')) })));
      });
    }
  }

  /** Open the next (or previous) difference. */
  async step(delta: 1 | -1): Promise<void> {
    const all = this.all();
    if (!all.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No differences between the compared coders.'));
      return;
    }
    this.cursor = (this.cursor + delta + all.length) % all.length;
    const { path, diff } = all[this.cursor];
    await vscode.commands.executeCommand('policyLens.openLocation', { path, start: diff.start, end: diff.end });
  }

  getChildren(parent?: CompareItem): CompareItem[] {
    if (!parent) return [...this.byDoc.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, list]) => ({ kind: 'doc', path, count: list.length }));
    if (parent.kind !== 'doc') return [];
    return (this.byDoc.get(parent.path) ?? []).map((diff, index) => ({ kind: 'diff', path: parent.path, diff, index }));
  }

  getTreeItem(item: CompareItem): vscode.TreeItem {
    if (item.kind === 'doc') {
      const t = new vscode.TreeItem(item.path, vscode.TreeItemCollapsibleState.Expanded);
      t.description = vscode.l10n.t('{0} differences', item.count);
      t.resourceUri = this.session.files.uri(item.path);
      return t;
    }
    const text = this.session.textOf(item.path)?.slice(item.diff.start, item.diff.end).replace(/\s+/g, ' ') ?? '';
    const t = new vscode.TreeItem(text.length > 60 ? text.slice(0, 60) + '…' : text || '…');
    t.description = `${item.diff.code} · ${vscode.l10n.t('only {0}', item.diff.coders.join(', '))}`;
    const colour = COLOURS[this.coders.indexOf(item.diff.coders[0]) % COLOURS.length];
    t.iconPath = new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(colourId(colour)));
    t.command = { command: 'policyLens.openLocation', title: vscode.l10n.t('Open'), arguments: [{ path: item.path, start: item.diff.start, end: item.diff.end }] };
    return t;
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.types, this.changed]) d.dispose();
  }
}

/** Theme colour ids contributed for the coder colours (see package.json `colors`). */
function colourId(hex: string): string {
  return `policyLens.coder${COLOURS.indexOf(hex) + 1}`;
}
