/**
 * How a related passage looks in the Related view: its snippet, where it is, its score and
 * why it is related (shared entities, an annotation link, similar wording, translation), in
 * the user's language. Tooltips escape workspace text.
 */
import * as vscode from 'vscode';
import { pageOfOffset } from '../../core/import/pageMap';
import { oneLine } from '../../core/text/oneLine';
import type { RelatedHit } from '../../core/search';
import { mainReason, parseReason } from '../../core/search/relatedReasons';
import { relationLabel } from '../annotations/labels';
import type { LinkRelation } from '../../core/annotations/types';
import type { Corpus } from '../service';
import { citesReason } from '../citations/relatedReason';

/** One reason in the display language. */
export function reasonText(reason: string): string {
  const r = parseReason(reason);
  switch (r.kind) {
    case 'translation': return vscode.l10n.t('translation');
    case 'similar': return vscode.l10n.t('similar wording');
    case 'link': return vscode.l10n.t('linked by annotation ({0})', relationLabel(r.relation as LinkRelation) ?? r.relation);
    case 'shares': return vscode.l10n.t('shares {0}', r.names);
    case 'cites': return citesReason(r.mode, r.name ?? '');
    case 'definition':
      if (r.how === 'same') return vscode.l10n.t('defines the same term ({0})', r.term);
      if (r.how === 'also') return vscode.l10n.t('also a definition ({0})', r.term);
      return vscode.l10n.t('defines a term used here ({0})', r.term);
    default: return r.text;
  }
}

const ICONS = { translation: 'globe', link: 'link', cites: 'references', definition: 'book', shares: 'symbol-class', similar: 'symbol-text', other: 'circle-small' } as const;

/** One line of at most `max` characters. */
export function snippet(text: string, max = 70): string {
  return oneLine(text, max);
}

/** Tree item of a related hit; clicking opens it. */
export function relatedItem(hit: RelatedHit, corpus: Corpus | undefined, sameDocument: boolean): vscode.TreeItem {
  const doc = corpus?.model.get(hit.path);
  const line = doc ? doc.lines.lineOf(hit.span.start) + 1 : undefined;
  const reasons = hit.reasons.map(reasonText);
  const item = new vscode.TreeItem(snippet(hit.text), vscode.TreeItemCollapsibleState.None);
  const page = doc ? pageOfOffset(doc.lines, doc.lines.text, hit.span.start) : undefined;
  const onPage = page ? ` · ${vscode.l10n.t('p. {0}', page)}` : '';
  const where = (sameDocument ? vscode.l10n.t('this document, line {0}', line ?? '?') : `${hit.path}${line ? `:${line}` : ''}`) + onPage;
  item.description = `${reasons.join(' · ')} — ${where}`;
  item.iconPath = new vscode.ThemeIcon(ICONS[mainReason(hit.reasons)]);
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(doc?.meta.title ?? hit.path);
  md.appendMarkdown('**  \n');
  const institution = doc?.meta.institutions[0]?.name;
  md.appendText(`${hit.path}${line ? `:${line}` : ''}${onPage}${institution ? ` · ${institution}` : ''}`);
  md.appendMarkdown('\n\n');
  md.appendText(snippet(hit.text, 400));
  md.appendMarkdown('\n\n');
  md.appendText(`${vscode.l10n.t('Why: {0}', reasons.join('; '))} · ${vscode.l10n.t('score {0}', hit.score.toFixed(2))}`);
  md.isTrusted = false;
  item.tooltip = md;
  item.accessibilityInformation = { label: `${snippet(hit.text, 120)}, ${where}, ${reasons.join(', ')}` };
  item.command = {
    command: 'policyLens.related.open',
    title: vscode.l10n.t('Open related statement'),
    arguments: [{ path: hit.path, start: hit.span.start, end: hit.span.end }],
  };
  return item;
}
