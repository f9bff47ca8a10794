/**
 * The hover card of a citation: the cited document (title, institution, date, path, and
 * whether the cited article was found in it), or the knowledge-base entity, or a plain
 * "not in the corpus". Workspace text goes in with `appendText`; the card runs no commands.
 */
import * as vscode from 'vscode';
import { findArticle } from '../../core/citations/articleLocation';
import type { ResolvedCitation } from '../../core/citations/types';
import { codeSpan } from '../../core/text/markdownCode';
import { oneLine } from '../../core/text/oneLine';
import { displayLanguage } from '../locale';
import type { Corpus } from '../service';

/** Markdown of the card for `cited`. */
export function citationCard(corpus: Corpus, cited: ResolvedCitation): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  const { citation, target } = cited;
  md.appendMarkdown(`**${vscode.l10n.t('Citation')}**: `);
  md.appendText(citation.text.replace(/\s+/g, ' '));
  md.appendMarkdown('\n\n');
  const doc = target.path ? corpus.model.get(target.path) : undefined;
  const entity = target.entity ? corpus.kb.get(target.entity) : undefined;
  if (doc) {
    md.appendMarkdown(`${vscode.l10n.t('Cites')}: **`);
    md.appendText(doc.meta.title);
    md.appendMarkdown('**  \n');
    const institution = doc.meta.institutions.map((a) => a.name).join(', ');
    const facts = [institution, doc.meta.date].filter(Boolean).join(' · ');
    if (facts) {
      md.appendText(facts);
      md.appendMarkdown('  \n');
    }
    md.appendMarkdown(`${codeSpan(doc.path)}\n\n`);
    if (target.article) {
      const at = findArticle(doc.parsed.text, target.article);
      if (at !== undefined) {
        // The article's opening words, so the reader need not leave the citing text.
        md.appendMarkdown('> ');
        const text = doc.parsed.text;
        const nl = text.indexOf('\n', at);
        md.appendText(oneLine(text.slice(at, Math.min(nl < 0 ? text.length : nl, at + 1000)), 240));
        md.appendMarkdown('\n\n');
      }
      md.appendText(at !== undefined ? vscode.l10n.t('{0}: F12 opens the document at it.', target.article)
        : vscode.l10n.t('{0} was not found in the cited document; F12 opens its start.', target.article));
    } else md.appendText(vscode.l10n.t('F12 opens the cited document.'));
  } else if (entity) {
    md.appendMarkdown(`${vscode.l10n.t('Cites')}: **`);
    md.appendText(corpus.kb.displayName(entity, displayLanguage()));
    md.appendMarkdown('**\n\n');
    const d = entity.description;
    md.appendText(displayLanguage() === 'zh' ? d.zh ?? d.en : d.en);
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Known to the knowledge base; not in the corpus.'));
  } else {
    md.appendText(vscode.l10n.t('Not in the corpus: no document or entity is known by “{0}”.', citation.label));
  }
  const citing = corpus.model.citations().sameInstrument(citation.keys).filter((c) => c.path !== cited.path);
  const docs = new Set(citing.map((c) => c.path)).size;
  if (docs) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Also cited by {0} other document(s).', docs));
  }
  return md;
}
