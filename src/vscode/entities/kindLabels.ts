/** Display names of entity kinds (singular and plural) and their tree icons. */
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/knowledge/types';

/** "Person", "Model"… in the display language. */
export function kindLabel(kind: EntityKind): string {
  switch (kind) {
    case 'concept': return vscode.l10n.t('Concept');
    case 'principle': return vscode.l10n.t('Principle');
    case 'model': return vscode.l10n.t('Model');
    case 'technique': return vscode.l10n.t('Technique');
    case 'law': return vscode.l10n.t('Law');
    case 'standard': return vscode.l10n.t('Standard');
    case 'agreement': return vscode.l10n.t('Agreement');
    case 'institution': return vscode.l10n.t('Institution');
    case 'person': return vscode.l10n.t('Person');
    case 'event': return vscode.l10n.t('Event');
    case 'theme': return vscode.l10n.t('Theme');
  }
}

/** Group titles of the entities view: "People", "Models"… */
export function kindGroupLabel(kind: EntityKind): string {
  switch (kind) {
    case 'concept': return vscode.l10n.t('Concepts');
    case 'principle': return vscode.l10n.t('Principles');
    case 'model': return vscode.l10n.t('Models');
    case 'technique': return vscode.l10n.t('Techniques');
    case 'law': return vscode.l10n.t('Laws');
    case 'standard': return vscode.l10n.t('Standards');
    case 'agreement': return vscode.l10n.t('Agreements');
    case 'institution': return vscode.l10n.t('Institutions');
    case 'person': return vscode.l10n.t('People');
    case 'event': return vscode.l10n.t('Events');
    case 'theme': return vscode.l10n.t('Themes');
  }
}

const ICONS: Record<EntityKind, string> = {
  concept: 'lightbulb', principle: 'law', model: 'hubot', technique: 'tools', law: 'book', standard: 'checklist',
  agreement: 'references', institution: 'organization', person: 'person', event: 'calendar', theme: 'tag',
};

/** Codicon for a kind. */
export function kindIcon(kind: EntityKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ICONS[kind]);
}
