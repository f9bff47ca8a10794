/**
 * Annotated ranges in visible editors, coloured by the first tag: a light background with an
 * underline, a coloured gutter dot, a mark in the overview ruler and (setting
 * `policyLens.annotations.inlineTags`) the tags as faint text after the range. One decoration
 * type per colour, created when first needed and disposed with the feature.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/types';
import { toEditorRange } from '../convert';
import type { AnnotationsSession } from './session';

const MAX_INLINE = 48;

function gutterIcon(color: string): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="6" y="1" width="4" height="14" rx="2" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly session: AnnotationsSession) {
    this.disposables.push(
      session.onDidChange(() => this.schedule()),
      session.onDidMove(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyLens.annotations.inlineTags')) this.schedule();
      }),
      session.service.onDidChange(() => this.schedule()),
    );
    this.schedule();
  }

  /** Redraw soon, coalescing bursts of typing and store events. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const editor of vscode.window.visibleTextEditors) this.render(editor);
    }, 60);
  }

  private typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${color}24`,
        borderColor: `${color}b0`,
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        overviewRulerColor: `${color}c0`,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        gutterIconPath: gutterIcon(color),
        gutterIconSize: 'contain',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(color, type);
    }
    return type;
  }

  private inlineText(a: Annotation): string | undefined {
    if (!a.tags.length && a.note === undefined) return undefined;
    const labels = a.tags.map((t) => this.session.codebook.labelOf(t));
    let text = labels.length ? labels.join(' · ') : '✎';
    if (a.status === 'changed') text += ' ≈';
    return text.length > MAX_INLINE ? text.slice(0, MAX_INLINE - 1) + '…' : text;
  }

  private render(editor: vscode.TextEditor): void {
    const path = this.session.pathOf(editor.document.uri);
    const byColor = new Map<string, vscode.DecorationOptions[]>();
    if (path) {
      const inline = vscode.workspace.getConfiguration('policyLens.annotations').get<boolean>('inlineTags', true);
      const length = editor.document.getText().length;
      for (const a of this.session.store.get(path)) {
        const span = this.session.spanOf(a);
        if (!span || span.start > length) continue;
        const color = this.session.codebook.colorOf(a.tags[0]);
        const text = inline ? this.inlineText(a) : undefined;
        const option: vscode.DecorationOptions = {
          range: toEditorRange(editor.document, { start: span.start, end: Math.min(span.end, length) }),
          ...(text ? { renderOptions: { after: { contentText: ` ${text}`, color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic', margin: '0 0 0 0.4em' } } } : {}),
        };
        const list = byColor.get(color) ?? [];
        list.push(option);
        byColor.set(color, list);
        this.typeFor(color);
      }
    }
    for (const [color, type] of this.types) editor.setDecorations(type, byColor.get(color) ?? []);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}
