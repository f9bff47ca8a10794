/**
 * The interactive steps of annotating: choose tags (or create one), write a note, choose a
 * relation and the statement to link. Each returns undefined when the user cancels.
 */
import * as vscode from 'vscode';
import { isValidTagId } from '../../core/annotations/codebook';
import { LINK_RELATIONS, type AnnotationLink, type LinkRelation } from '../../core/annotations/types';
import type { LensService } from '../service';
import { relationLabel } from './labels';
import { pickStatementWithSearch } from '../jump/statementPick';
import type { AnnotationsSession } from './session';

interface TagItem extends vscode.QuickPickItem {
  readonly tagId?: string;
  readonly create?: boolean;
}

/** Ask for a new tag id (and label) and add it to the codebook; returns the id. */
export async function createTag(session: AnnotationsSession): Promise<string | undefined> {
  const existing = new Set(session.codebook.tags().filter((t) => !t.implied).map((t) => t.id));
  const id = await vscode.window.showInputBox({
    title: vscode.l10n.t('New tag'),
    prompt: vscode.l10n.t('Tag id; use "/" for hierarchy, e.g. governance/international-cooperation'),
    validateInput: (v) => !isValidTagId(v.trim()) ? vscode.l10n.t('Use non-empty segments separated by "/".')
      : existing.has(v.trim()) ? vscode.l10n.t('This tag is already in the codebook.') : undefined,
  });
  if (id === undefined) return undefined;
  const label = await vscode.window.showInputBox({ title: vscode.l10n.t('New tag'), prompt: vscode.l10n.t('Label (optional)') });
  if (label === undefined) return undefined;
  if (!session.service.canWrite()) return undefined;
  try {
    await session.codebook.add({ id: id.trim(), ...(label.trim() ? { label: label.trim() } : {}) });
  } catch (e) {
    session.reportError(e);
    return undefined;
  }
  return id.trim();
}

/** Choose tags from the codebook (several allowed); "New tag…" adds one on the spot. */
export async function pickTags(session: AnnotationsSession, selected: readonly string[]): Promise<string[] | undefined> {
  for (;;) {
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    const ids = [...new Set([...session.codebook.tags().map((t) => t.id), ...selected])].sort();
    const items: TagItem[] = [
      { label: `$(add) ${vscode.l10n.t('New tag…')}`, create: true, alwaysShow: true },
      ...ids.map((id) => {
        const t = session.codebook.tag(id);
        const depth = id.split('/').length - 1;
        const name = (zh ? t.labelZh ?? t.label : t.label) ?? id;
        const other = zh ? t.label : t.labelZh;
        return {
          label: `${'\u2003'.repeat(depth)}${name}`,
          description: [id, other].filter(Boolean).join(' · '),
          detail: t.description,
          picked: selected.includes(id),
          tagId: id,
        };
      }),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: vscode.l10n.t('Tags for this passage'),
      placeHolder: vscode.l10n.t('Pick one or more tags (none is fine)'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    const tags = picked.filter((p) => p.tagId).map((p) => p.tagId!);
    if (!picked.some((p) => p.create)) return tags;
    const created = await createTag(session);
    selected = created ? [...tags, created] : tags;
  }
}

/** Write or edit a note (markdown); `''` means no note. */
export function inputNote(current?: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Note'),
    prompt: vscode.l10n.t('Optional note (markdown allowed); leave empty for none'),
    value: current ?? '',
  });
}

/** Choose a relation, or "no link" (returns null). */
export async function pickRelation(allowNone: boolean): Promise<LinkRelation | null | undefined> {
  const items: (vscode.QuickPickItem & { relation: LinkRelation | null })[] = [
    ...(allowNone ? [{ label: vscode.l10n.t('No link'), relation: null }] : []),
    ...LINK_RELATIONS.map((r) => ({ label: relationLabel(r), description: r, relation: r })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Link this passage to another statement?'),
    placeHolder: vscode.l10n.t('How does this passage relate to the other statement?'),
  });
  return pick?.relation;
}

/** Choose the statement to link to, with the corpus search (typo-tolerant, passages and headings). */
export function pickStatement(service: LensService): Promise<AnnotationLink['target'] | undefined> {
  return pickStatementWithSearch(service);
}

/** Relation then statement; null when the user chose "no link". */
export async function pickLink(service: LensService, allowNone: boolean): Promise<AnnotationLink | null | undefined> {
  const relation = await pickRelation(allowNone);
  if (relation === undefined || relation === null) return relation;
  const target = await pickStatement(service);
  return target ? { target, relation } : undefined;
}
