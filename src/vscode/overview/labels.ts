/** The overview's run-time strings, localised here because the webview has no `vscode.l10n`. */
import * as vscode from 'vscode';
import type { Labels } from '../../webview/overview/protocol';

const TYPES = ['law', 'regulation', 'judicial-interpretation', 'executive-order', 'plan', 'standard', 'principles', 'statement', 'speech', 'report', 'news', 'technical', 'licence', 'other'] as const;

function typeLabel(t: (typeof TYPES)[number]): string {
  switch (t) {
    case 'law': return vscode.l10n.t('law');
    case 'regulation': return vscode.l10n.t('regulation');
    case 'judicial-interpretation': return vscode.l10n.t('judicial interpretation');
    case 'executive-order': return vscode.l10n.t('executive order');
    case 'plan': return vscode.l10n.t('plan');
    case 'standard': return vscode.l10n.t('standard');
    case 'principles': return vscode.l10n.t('principles');
    case 'statement': return vscode.l10n.t('statement');
    case 'speech': return vscode.l10n.t('speech');
    case 'report': return vscode.l10n.t('report');
    case 'news': return vscode.l10n.t('news');
    case 'technical': return vscode.l10n.t('technical document');
    case 'licence': return vscode.l10n.t('licence');
    case 'other': return vscode.l10n.t('other');
  }
}

export function overviewLabels(): Labels {
  const labels: Record<string, string> = {
    unknown: vscode.l10n.t('(unknown)'),
    all: vscode.l10n.t('All'),
    citation: vscode.l10n.t('cites'),
    link: vscode.l10n.t('linked by an annotation'),
    sharedEntity: vscode.l10n.t('shares a rare entity'),
    citedTimes: vscode.l10n.t('cited or linked {0} times'),
    summary: vscode.l10n.t('{0} of {1} documents'),
    'language.zh': vscode.l10n.t('Chinese'),
    'language.en': vscode.l10n.t('English'),
    'language.bilingual': vscode.l10n.t('bilingual'),
  };
  for (const t of TYPES) labels[`type.${t}`] = typeLabel(t);
  return labels;
}
