/**
 * Jump-box rows: each search hit becomes a quick-pick item with a kind icon, the hit window
 * as label (VS Code highlights where the typed text occurs in it verbatim), the document and
 * line as description, and the institution, title and "mentions …" notes as detail.
 */
import * as vscode from 'vscode';
import { pageOfOffset } from '../../core/import/pageMap';
import { distinctNames } from '../../core/knowledge/distinctNames';
import { mentionCounts } from '../../core/knowledge/references';
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

/** Button on entity rows: reveal the entity in the Entities view (Enter lists its mentions). */
export const REVEAL_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('list-tree'),
  tooltip: vscode.l10n.t('Reveal in Entities View'),
};

/** Button on entity rows: open where the entity is defined. */
export const DEFINITION_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('go-to-file'),
  tooltip: vscode.l10n.t('Open Definition'),
};

/** The engine's "mentions X" notes, in the display language. */
function localNotes(extra: string): string {
  return extra.split(', ').map((n) => {
    if (n.startsWith('mentions ')) return vscode.l10n.t('mentions {0}', n.slice('mentions '.length));
    if (n.startsWith('defines ')) return vscode.l10n.t('defines “{0}”', n.slice('defines '.length));
    if (n === 'document title') return vscode.l10n.t('document title');
    return n;
  }).join(', ');
}

/** Quick-pick rows for hits, in the engine's order. */
export function toItems(hits: readonly JumpHit[], corpus: Corpus | undefined): JumpItem[] {
  return hits.map((hit) => {
    const entity = hit.entityId ? corpus?.kb.get(hit.entityId) : undefined;
    const icon = `$(${iconOf(hit, entity?.kind)})`;
    const base = { hit, alwaysShow: true, label: `${icon} ${hit.label}` };
    if (hit.kind === 'entity') {
      const others = entity ? distinctNames([entity.names.zh, entity.names.en], [hit.label]) : [];
      return {
        ...base,
        description: [entity ? kindLabel(entity.kind as EntityKind) : hit.detail, ...others].filter(Boolean).join(' · '),
        detail: vscode.l10n.t('Enter: list its mentions'),
        buttons: [REVEAL_BUTTON, DEFINITION_BUTTON],
      };
    }
    if (hit.kind === 'tag') return { ...base, description: vscode.l10n.t('Tag · filter the Annotations view') };
    const doc = hit.path ? corpus?.model.get(hit.path) : undefined;
    const line = doc && hit.span ? doc.lines.lineOf(hit.span.start) + 1 : undefined;
    const page = doc && hit.span ? pageOfOffset(doc.lines, doc.lines.text, hit.span.start) : undefined;
    const where = (hit.path ? (line ? `${hit.path}:${line}` : hit.path) : '') + (page ? ` · ${vscode.l10n.t('p. {0}', page)}` : '');
    const institution = doc?.meta.institutions[0]?.name;
    const title = doc?.meta.title;
    // The engine's detail is "path", "path · mentions X" or "path #tag…": keep what follows the path.
    const extra = hit.path && hit.detail.startsWith(hit.path) ? hit.detail.slice(hit.path.length).replace(/^\s*·?\s*/, '') : '';
    const detail = [institution, title, extra && localNotes(extra)].filter(Boolean).join(' · ');
    return { ...base, description: where, ...(detail ? { detail } : {}) };
  });
}

/** What the box shows before anything is typed: how to narrow the search. */
export function helpItems(corpus?: Corpus): JumpItem[] {
  const row = (prefix: string, icon: string, label: string, description: string): JumpItem => ({
    label: `$(${icon}) ${prefix}  ${label}`, description, prefix, alwaysShow: true,
  });
  const names = corpus ? exampleEntityNames(corpus) : [];
  return [
    { label: vscode.l10n.t('Type to search passages, headings, entities, annotations and tags'), kind: vscode.QuickPickItemKind.Separator },
    row('@', 'symbol-class', vscode.l10n.t('Type @ for entities…'), names.length
      ? vscode.l10n.t('people, institutions, models… e.g. {0}', names.map((n) => `@${n}`).join('  '))
      : vscode.l10n.t('people, institutions, models, laws…')),
    row('#', 'tag', vscode.l10n.t('Type # for tags…'), vscode.l10n.t('the tags of your codebook')),
    row('>', 'symbol-namespace', vscode.l10n.t('Type > for headings…'), vscode.l10n.t('document titles and section headings')),
    row('!', 'comment', vscode.l10n.t('Type ! for annotations…'), vscode.l10n.t('your annotations: notes, tags and quoted passages')),
  ];
}

const examples = new WeakMap<object, string[]>();

/**
 * Real examples for the `@` row: the names (both languages) of the entity this corpus
 * mentions in the most documents, so the example always finds something.
 */
function exampleEntityNames(corpus: Corpus): string[] {
  const index = corpus.model.mentionIndex();
  let names = examples.get(index);
  if (!names) {
    let best: { id: string; documents: number } | undefined;
    for (const [id, c] of mentionCounts(index)) if (!best || c.documents > best.documents) best = { id, documents: c.documents };
    const entity = best && corpus.kb.get(best.id);
    names = entity ? distinctNames([entity.names.zh, entity.names.en]) : [];
    examples.set(index, names);
  }
  return names;
}
