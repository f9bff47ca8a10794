/**
 * The "Cites" and "Cited by" part of a document's tooltip in the corpus tree: the
 * documents it cites and those citing it, with counts and articles, and how many cited
 * instruments are not in the corpus. Titles are workspace text, added with `appendText`.
 */
import * as vscode from 'vscode';
import type { CitedDocument } from '../../core/citations/citationIndex';
import type { CorpusModel } from '../../core/corpus/model';

const SHOWN = 8;

function list(md: vscode.MarkdownString, model: CorpusModel, label: string, rows: readonly CitedDocument[], unresolved = 0): void {
  if (!rows.length && !unresolved) return;
  md.appendMarkdown(`\n\n**${label}**\n\n`);
  for (const r of rows.slice(0, SHOWN)) {
    md.appendMarkdown('- ');
    md.appendText(model.get(r.path)?.meta.title ?? r.path);
    const articles = r.articles.length ? ` (${r.articles.slice(0, 4).join(', ')})` : '';
    md.appendText(` ×${r.count}${articles}`);
    md.appendMarkdown('\n');
  }
  if (rows.length > SHOWN) md.appendText(vscode.l10n.t('…and {0} more', rows.length - SHOWN));
  if (unresolved) {
    md.appendMarkdown('\n');
    md.appendText(vscode.l10n.t('{0} cited instrument(s) not in the corpus', unresolved));
  }
}

/** Append Cites / Cited by of `path` to a tooltip (nothing when it has neither). */
export function appendCitedSection(md: vscode.MarkdownString, model: CorpusModel, path: string): void {
  const index = model.citations();
  const unresolved = new Set(index.of(path).filter((c) => !c.target.path).map((c) => c.target.entity ?? c.citation.keys[0])).size;
  list(md, model, vscode.l10n.t('Cites'), index.cites(path), unresolved);
  list(md, model, vscode.l10n.t('Cited by'), index.citedBy(path));
}
