/**
 * Jump-box rows: each search hit becomes a quick-pick item with a kind icon, the hit window
 * as label (VS Code highlights where the typed text occurs in it verbatim), the document and
 * line as description, and the institution, title and "mentions …" notes as detail.
 */
import * as vscode from 'vscode';
import type { EntityKind } from '../../core/knowledge/types';
import type { JumpHit } from '../../core/search';
import type { Corpus } from '../service';
import { kindLabel } from '../entities/kindLabels';

export interface JumpItem extends vscode.QuickPickItem {
  readonly hit?: JumpHit;
  /** For help rows: the prefix to put in the box. */
  readonly prefix?: string;
}

const ENTITY_ICONS: Record<string, string> = {
  concept: 'lightbulb', principle: 'law', model: 'hubot', technique: 'tools', law: 'book',
  agreement: 'references', institution: 'organization', person: 'person', event: 'calendar', theme: 'symbol-class',
};

/** Codicon of a hit's kind (entities by entity kind). */
export function iconOf(hit: JumpHit, entityKind?: string): string {
  switch (hit.kind) {
    case 'passage': return 'symbol-text';
    case 'heading': return 'symbol-namespace';
    case 'annotation': return 'comment';
    case 'tag': return 'tag';
    default: return ENTITY_ICONS[entityKind ?? ''] ?? 'symbol-class';
  }
}

/** Button on entity rows: show every mention instead of revealing the entity. */
export const REFERENCES_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('references'),
  tooltip: vscode.l10n.t('Find all mentions'),
};

/** Quick-pick rows for hits, in the engine's order. */
export function toItems(hits: readonly JumpHit[], corpus: Corpus | undefined): JumpItem[] {
  return hits.map((hit) => {
    const entity = hit.entityId ? corpus?.kb.get(hit.entityId) : undefined;
    const icon = `$(${iconOf(hit, entity?.kind)})`;
    const base = { hit, alwaysShow: true, label: `${icon} ${hit.label}` };
    if (hit.kind === 'entity') {
      const others = entity ? [entity.names.zh, entity.names.en].filter((n) => n && n !== hit.label).join(' · ') : '';
      return { ...base, description: [entity ? kindLabel(entity.kind as EntityKind) : hit.detail, others].filter(Boolean).join(' · '), buttons: [REFERENCES_BUTTON] };
    }
    if (hit.kind === 'tag') return { ...base, description: vscode.l10n.t('Tag · filter the Annotations view') };
    const doc = hit.path ? corpus?.model.get(hit.path) : undefined;
    const line = doc && hit.span ? doc.lines.lineOf(hit.span.start) + 1 : undefined;
    const where = hit.path ? (line ? `${hit.path}:${line}` : hit.path) : '';
    const institution = doc?.meta.institutions[0]?.name;
    const title = doc?.meta.title;
    // The engine's detail is "path", "path · mentions X" or "path #tag…": keep what follows the path.
    const extra = hit.path && hit.detail.startsWith(hit.path) ? hit.detail.slice(hit.path.length).replace(/^\s*·?\s*/, '') : '';
    const detail = [institution, title, extra].filter(Boolean).join(' · ');
    return { ...base, description: where, ...(detail ? { detail } : {}) };
  });
}

/** What the box shows before anything is typed: how to narrow the search. */
export function helpItems(): JumpItem[] {
  const row = (prefix: string, icon: string, label: string, example: string): JumpItem => ({
    label: `$(${icon}) ${prefix}  ${label}`, description: example, prefix, alwaysShow: true,
  });
  return [
    { label: vscode.l10n.t('Type to search passages, headings, entities, annotations and tags'), kind: vscode.QuickPickItemKind.Separator },
    row('@', 'symbol-class', vscode.l10n.t('Type @ for entities…'), '@薛澜  @Xue Lan'),
    row('#', 'tag', vscode.l10n.t('Type # for tags…'), '#privacy'),
    row('>', 'symbol-namespace', vscode.l10n.t('Type > for headings…'), '>第一章'),
    row('!', 'comment', vscode.l10n.t('Type ! for annotations…'), '!supports'),
  ];
}
