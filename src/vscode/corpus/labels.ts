/**
 * Localised words of the Corpus view: group labels for facets, languages and encodings, and
 * the display language for entity names (Chinese names when VS Code runs in Chinese).
 */
import * as vscode from 'vscode';
import type { FacetKind } from '../../core/corpus/facets';
import type { TreeGroup } from '../../core/corpus/corpusTree';
import type { KnowledgeBase } from '../../core/knowledge';
import type { Encoding, Language } from '../../core/types';

import { displayLanguage } from '../locale';
import { jurisdictionLabel, typeLabel } from './evidenceText';

export { displayLanguage };

/** The label a group shows, in the UI language where the knowledge base has a name. */
export function groupLabel(group: TreeGroup, by: FacetKind, kb: KnowledgeBase): string {
  if (group.kind === 'problems') return vscode.l10n.t('Problems');
  if (group.kind === 'unattributed') return unattributedLabel(by);
  if (by === 'language') return languageLabel(group.key as Language);
  if (by === 'type') return typeLabel(group.key);
  if (by === 'jurisdiction') return jurisdictionLabel(group.key);
  if (by === 'institution' || by === 'theme') {
    const entity = kb.get(group.key);
    return entity ? kb.displayName(entity, displayLanguage()) : group.label;
  }
  return group.label;
}

function unattributedLabel(by: FacetKind): string {
  switch (by) {
    case 'institution': return vscode.l10n.t('Unattributed');
    case 'theme': return vscode.l10n.t('No theme');
    case 'year': return vscode.l10n.t('Undated');
    case 'language': return vscode.l10n.t('Unknown language');
    case 'type': return vscode.l10n.t('Other type');
    case 'jurisdiction': return vscode.l10n.t('Unknown jurisdiction');
  }
}

export function languageLabel(language: Language): string {
  switch (language) {
    case 'zh': return vscode.l10n.t('Chinese');
    case 'en': return vscode.l10n.t('English');
    case 'bilingual': return vscode.l10n.t('Bilingual');
    default: return vscode.l10n.t('Unknown language');
  }
}

export function encodingLabel(encoding: Encoding): string {
  const names: Record<Encoding, string> = {
    'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030',
  };
  return names[encoding];
}

/** What the view's description says about the current grouping. */
export function groupByDescription(by: FacetKind): string {
  switch (by) {
    case 'institution': return vscode.l10n.t('by institution');
    case 'theme': return vscode.l10n.t('by theme');
    case 'year': return vscode.l10n.t('by year');
    case 'language': return vscode.l10n.t('by language');
    case 'type': return vscode.l10n.t('by document type');
    case 'jurisdiction': return vscode.l10n.t('by jurisdiction');
  }
}

/** Codicon of a group. */
export function groupIcon(group: TreeGroup, by: FacetKind): vscode.ThemeIcon {
  if (group.kind === 'problems') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  const icons: Record<FacetKind, string> = { institution: 'organization', theme: 'tag', year: 'calendar', language: 'globe', type: 'file-text', jurisdiction: 'law' };
  return new vscode.ThemeIcon(icons[by]);
}
