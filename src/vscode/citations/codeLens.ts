/**
 * Code lenses of citations: above a document's first line, how many documents cite it and
 * how many instruments it cites; above each article that other documents cite, by how many.
 * Each opens "Show Citations". Lenses appear only for the text on disk (offsets of an
 * edited document would be stale) and refresh when the corpus changes.
 */
import * as vscode from 'vscode';
import { citedArticles } from '../../core/citations/citedArticles';
import type { LensService } from '../service';
import { toPosition } from '../convert';

export class CitationCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: LensService) {
    this.subscription = service.onDidChange(() => this.changed.fire());
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const corpus = await this.service.ready();
    const doc = corpus && this.service.documentFor(document.uri);
    if (!corpus || !doc || document.isDirty || document.getText() !== doc.parsed.text) return [];
    const index = corpus.model.citations();
    const citing = new Set(index.citing(doc.path).map((c) => c.path)).size;
    const cites = index.cites(doc.path).length;
    const missing = new Set(index.of(doc.path).filter((c) => !c.target.path).map((c) => c.citation.keys[0])).size;
    const show = (title: string, at: vscode.Position): vscode.CodeLens => new vscode.CodeLens(new vscode.Range(at, at), {
      title, command: 'policyLens.citations.show', arguments: [{ path: doc.path }],
    });
    const lenses: vscode.CodeLens[] = [];
    if (citing || cites || missing) {
      const parts = [
        vscode.l10n.t('Cited by {0} document(s)', citing),
        vscode.l10n.t('cites {0} document(s) of the corpus', cites),
        ...(missing ? [vscode.l10n.t('{0} not in the corpus', missing)] : []),
      ];
      lenses.push(show(parts.join(' · '), new vscode.Position(0, 0)));
    }
    for (const a of citedArticles(index, doc.path, doc.parsed.text).articles) {
      const from = new Set(a.citations.map((c) => c.path)).size;
      lenses.push(show(vscode.l10n.t('{0} cited {1} time(s) by {2} document(s)', a.article, a.citations.length, from), toPosition(doc.lines, a.offset)));
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
