/**
 * "Add Entity from Selection": asks for kind, names and a short description, appends the
 * entry to `.policylens/entities.yaml` (creating it when missing) and reloads the knowledge
 * base so the new entity is matched at once. A file that cannot be parsed is never
 * rewritten; the error names the file and line and offers to open it.
 */
import * as vscode from 'vscode';
import { showErrorWithOpen } from '../problemsView';
import { appendEntity, EntitiesFileError, suggestEntityId } from '../../core/knowledge/entityYaml';
import { ENTITIES_FILE } from '../../core/knowledge/workspace';
import { ENTITY_KINDS, Entity, EntityKind } from '../../core/knowledge/types';
import type { LensService } from '../service';
import { isEntityId } from './entityArgs';
import { timesMentioned } from './countLabels';
import { kindIcon, kindLabel } from './kindLabels';

const HAN = /\p{Script=Han}/u;

async function askKind(): Promise<EntityKind | undefined> {
  const pick = await vscode.window.showQuickPick(
    ENTITY_KINDS.map((entityKind) => ({ label: kindLabel(entityKind), entityKind, iconPath: kindIcon(entityKind) })),
    { title: vscode.l10n.t('Add Entity (1/4): kind'), placeHolder: vscode.l10n.t('What kind of entity is it?') },
  );
  return pick?.entityKind;
}

async function askNames(selection: string): Promise<{ en?: string; zh?: string } | undefined> {
  const chinese = HAN.test(selection);
  const en = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Entity (2/4): English name'),
    prompt: vscode.l10n.t('Leave empty if the entity has no English name.'),
    value: chinese ? '' : selection,
  });
  if (en === undefined) return undefined;
  const zh = await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Entity (3/4): Chinese name'),
    prompt: vscode.l10n.t('Leave empty if the entity has no Chinese name.'),
    value: chinese ? selection : '',
    validateInput: (v) => (!v.trim() && !en.trim() ? vscode.l10n.t('Give at least one name.') : undefined),
  });
  if (zh === undefined) return undefined;
  const names = { ...(en.trim() ? { en: en.trim() } : {}), ...(zh.trim() ? { zh: zh.trim() } : {}) };
  return names.en || names.zh ? names : undefined;
}

/** The text of the entities file as the user sees it, or undefined when it does not exist. */
async function currentText(service: LensService): Promise<string | undefined> {
  if (!(await service.files!.stat(ENTITIES_FILE))) return undefined;
  return new TextDecoder().decode(await service.files!.readFile(ENTITIES_FILE)).replace(/^\uFEFF/, '');
}

async function showFileError(service: LensService, err: EntitiesFileError): Promise<void> {
  const where = err.line === undefined ? err.path : `${err.path}:${err.line + 1}`;
  await showErrorWithOpen(vscode.l10n.t('Could not add the entity ({0}): {1}', where, err.message), service.uri(err.path), { line: err.line });
}

/** A description filed under the language it is written in. */
function describe(text: string): Entity['description'] {
  return HAN.test(text) ? { en: '', zh: text } : { en: text };
}

/**
 * Answers given up front (by a script or test) instead of the dialogue: the kind, at least
 * one name and an optional description, all short plain strings.
 */
export interface EntityPreset {
  readonly kind: EntityKind;
  readonly en?: string;
  readonly zh?: string;
  readonly description?: string;
}

function isPreset(a: unknown): a is EntityPreset {
  if (!a || typeof a !== 'object') return false;
  const o = a as Record<string, unknown>;
  const text = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 500);
  const named = (typeof o.en === 'string' && o.en.trim() !== '') || (typeof o.zh === 'string' && o.zh.trim() !== '');
  return ENTITY_KINDS.includes(o.kind as EntityKind) && text(o.en) && text(o.zh) && text(o.description) && named;
}

/**
 * Runs the whole dialogue for the active editor's selection, or takes a valid preset
 * instead; returns the new entity's id when one was added.
 */
export async function addEntityFromSelection(service: LensService, preset?: unknown): Promise<string | undefined> {
  const given = isPreset(preset) ? preset : undefined;
  if (!service.canWrite()) return undefined;
  const editor = vscode.window.activeTextEditor;
  const selection = editor?.document.getText(editor.selection).replace(/\s+/g, ' ').trim() ?? '';
  if (!editor || !selection) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the name of the entity in a document first.'));
    return undefined;
  }
  if (!service.files || !service.canWrite()) return undefined;
  const corpus = await service.ready();
  if (!corpus) return undefined;
  const known = corpus.kb.lookup(selection);
  if (known && given) return undefined;
  if (known) {
    const add = vscode.l10n.t('Add Anyway');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('"{0}" is already known as {1}.', selection, corpus.kb.displayName(known)), add);
    if (answer !== add) return undefined;
  }
  const kind = given?.kind ?? await askKind();
  if (!kind) return undefined;
  const names = given ? { ...(given.en?.trim() ? { en: given.en.trim() } : {}), ...(given.zh?.trim() ? { zh: given.zh.trim() } : {}) } : await askNames(selection);
  if (!names) return undefined;
  const description = given ? given.description ?? '' : await vscode.window.showInputBox({
    title: vscode.l10n.t('Add Entity (4/4): short description'),
    prompt: vscode.l10n.t('One sentence that says what it is (optional).'),
  });
  if (description === undefined) return undefined;

  const uri = service.uri(ENTITIES_FILE);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} has unsaved changes. Save or revert it first.', ENTITIES_FILE));
    return undefined;
  }
  const base = names.en ?? names.zh!;
  const id = suggestEntityId(base, (candidate) => !!corpus.kb.get(candidate) || !isEntityId(candidate));
  const entity: Entity = { id, kind, names, aliases: [], description: describe(description.trim()), related: [] };
  try {
    const text = appendEntity(await currentText(service), entity, ENTITIES_FILE);
    await service.files.writeFileAtomic(ENTITIES_FILE, new TextEncoder().encode(text));
  } catch (err) {
    if (err instanceof EntitiesFileError) await showFileError(service, err);
    else void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', ENTITIES_FILE, err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  await service.reloadKnowledge();
  const mentions = service.current()?.model.documents().reduce((n, d) => n + d.mentions.filter((m) => m.entityId === id).length, 0) ?? 0;
  const show = vscode.l10n.t('Open File');
  // The notification is not awaited: the command has done its work once the file is written.
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Added {0} to {1}; {2}.', base, ENTITIES_FILE, timesMentioned(mentions)), show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('policyLens.entities.openDefinition', id);
  });
  return id;
}
