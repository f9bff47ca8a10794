/**
 * "Show Citations": a quick pick of what a document cites (with its target, or "not in
 * the corpus") and what cites it; choosing a row opens the cited place or the citing one.
 * Returns the same lists as data (the integration test and scripts read them).
 */
import * as vscode from 'vscode';
import type { ResolvedCitation } from '../../core/citations/types';
import { isSafePath } from '../args';
import { openLocation } from '../corpus/openDocument';
import type { Corpus, LensService } from '../service';
import { citationLocation } from './target';
import { displayLanguage } from '../locale';

/** What the command found for one document (1-based lines). */
export interface CitationSummary {
  readonly path: string;
  readonly cites: ReadonlyArray<{ readonly text: string; readonly line: number; readonly target: ResolvedCitation['target'] }>;
  readonly citedBy: ReadonlyArray<{ readonly path: string; readonly line: number; readonly text: string }>;
}

interface Row extends vscode.QuickPickItem {
  readonly open?: () => Promise<void>;
}

/** The document an argument names: a tree node, a path, a uri, else the active editor's. */
function pathOf(service: LensService, arg: unknown): string | undefined {
  const o = arg as { document?: { path?: unknown }; path?: unknown } | undefined;
  if (o && typeof o === 'object' && o.document && isSafePath(o.document.path)) return o.document.path;
  if (arg instanceof vscode.Uri) return service.files?.relative(arg);
  if (o && typeof o === 'object' && isSafePath(o.path)) return o.path;
  const editor = vscode.window.activeTextEditor;
  return editor ? service.files?.relative(editor.document.uri) : undefined;
}

function summary(corpus: Corpus, path: string): CitationSummary {
  const index = corpus.model.citations();
  const line = (p: string, offset: number) => (corpus.model.get(p)?.lines.lineOf(offset) ?? 0) + 1;
  return {
    path,
    cites: index.of(path).map((c) => ({ text: c.citation.text, line: line(path, c.citation.start), target: c.target })),
    citedBy: index.citing(path).map((c) => ({ path: c.path, line: line(c.path, c.citation.start), text: c.citation.text })),
  };
}

function rows(service: LensService, corpus: Corpus, path: string): Row[] {
  const index = corpus.model.citations();
  const title = (p: string) => corpus.model.get(p)?.meta.title ?? p;
  const out: Row[] = [{ label: vscode.l10n.t('Cites'), kind: vscode.QuickPickItemKind.Separator }];
  for (const c of index.of(path)) {
    const entity = c.target.entity ? corpus.kb.get(c.target.entity) : undefined;
    const to = c.target.path ? title(c.target.path) : entity ? corpus.kb.displayName(entity, displayLanguage()) : vscode.l10n.t('not in the corpus');
    out.push({
      label: c.citation.text.replace(/\s+/g, ' '),
      description: `→ ${to}${c.target.article ? ` · ${c.target.article}` : ''}`,
      iconPath: new vscode.ThemeIcon(c.target.path ? 'file-text' : entity ? 'symbol-class' : 'question'),
      open: async () => {
        const at = await citationLocation(service, corpus, c);
        if (at) await vscode.window.showTextDocument(at.uri, { selection: at.range, preview: true });
      },
    });
  }
  out.push({ label: vscode.l10n.t('Cited by'), kind: vscode.QuickPickItemKind.Separator });
  for (const c of index.citing(path)) {
    out.push({
      label: title(c.path),
      description: c.citation.text.replace(/\s+/g, ' '),
      iconPath: new vscode.ThemeIcon('references'),
      open: () => openLocation(service, { path: c.path, start: c.citation.start, end: c.citation.end, preview: true }),
    });
  }
  return out;
}

/** Run the command for `arg`; resolves with the lists once the pick is shown. */
export async function showCitations(service: LensService, arg: unknown): Promise<CitationSummary | undefined> {
  const corpus = await service.ready();
  const path = pathOf(service, arg);
  if (!corpus || !path || !corpus.model.get(path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document of the corpus first.'));
    return undefined;
  }
  const pick = vscode.window.createQuickPick<Row>();
  pick.title = vscode.l10n.t('Citations of {0}', corpus.model.get(path)!.meta.title);
  pick.items = rows(service, corpus, path);
  pick.matchOnDescription = true;
  pick.onDidAccept(() => {
    const row = pick.selectedItems[0];
    pick.hide();
    void row?.open?.();
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return summary(corpus, path);
}
