/**
 * Commands on an existing annotation: edit the note, change tags, manage links, delete (with
 * undo) and open. Each takes an id, `{ id, … }` with the new values (validated), a tree item,
 * or acts on the annotation under the cursor.
 */
import * as vscode from 'vscode';
import { openCorpusDocument } from '../corpus/openDocument';
import { parseEditArgs } from '../../core/annotations/commandArgs';
import { linkQuote, type Annotation, type AnnotationLink } from '../../core/annotations/types';
import type { AnnotationPatch } from '../../core/annotations/service';
import { toEditorRange } from '../convert';
import { lookAlikeOf } from '../../core/annotations/reanchor';
import { preview, relationLabel } from './labels';
import { inputNote, pickLink } from './pickers';
import { pickTags } from './tagPicker';
import { linkFromArg, resolveAnnotation } from './resolve';
import type { AnnotationsSession } from './session';
import { offerUnsavedNote } from './draft';

/** Deleted annotations of this window, newest last, for undo. */
const MAX_UNDO = 50;

const hasField = (arg: unknown, field: string): boolean => typeof arg === 'object' && arg !== null && field in arg;

async function applyPatch(session: AnnotationsSession, a: Annotation, patch: AnnotationPatch): Promise<boolean> {
  if (!session.service.canWrite()) return false;
  try {
    await session.store.update(a.target.source, a.id, patch);
    return true;
  } catch (e) {
    session.reportError(e);
    return false;
  }
}

/** Validated `{ id, field }` arguments, or undefined after an error message. */
function editArgs(arg: unknown): ReturnType<typeof parseEditArgs> {
  const parsed = parseEditArgs(arg);
  if (!parsed) void vscode.window.showErrorMessage(vscode.l10n.t('Invalid arguments for this annotation command.'));
  return parsed;
}

export async function editNote(session: AnnotationsSession, arg?: unknown): Promise<boolean> {
  if (hasField(arg, 'note')) {
    const p = editArgs(arg);
    const a = p && (await resolveAnnotation(session, p.id));
    return !!a && applyPatch(session, a, { note: p!.note ?? null });
  }
  if (!session.service.canWrite()) return false;
  const a = await resolveAnnotation(session, arg);
  if (!a) return false;
  const note = await inputNote(a.note, false);
  if (note === undefined) return false;
  const saved = await applyPatch(session, a, { note: note.trim() ? note : null });
  if (!saved && note !== a.note) void offerUnsavedNote(note);
  return saved;
}

export async function retag(session: AnnotationsSession, arg?: unknown): Promise<boolean> {
  if (hasField(arg, 'tags')) {
    const p = editArgs(arg);
    const a = p && (await resolveAnnotation(session, p.id));
    return !!a && applyPatch(session, a, { tags: p!.tags });
  }
  if (!session.service.canWrite()) return false;
  const a = await resolveAnnotation(session, arg);
  if (!a) return false;
  const tags = await pickTags(session, a.tags);
  return tags !== undefined && applyPatch(session, a, { tags });
}

export async function relink(session: AnnotationsSession, arg?: unknown): Promise<boolean> {
  if (hasField(arg, 'links')) {
    const p = editArgs(arg);
    const a = p && (await resolveAnnotation(session, p.id));
    if (!a) return false;
    const links = p!.links!.map((l) => linkFromArg(session, l));
    if (links.some((l) => !l)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('A linked range is not in the corpus.'));
      return false;
    }
    return applyPatch(session, a, { links: links as AnnotationLink[] });
  }
  if (!session.service.canWrite()) return false;
  const a = await resolveAnnotation(session, arg);
  if (!a) return false;
  const items = [
    { label: `$(add) ${vscode.l10n.t('Add a link…')}`, index: -1 },
    ...a.links.map((l, index) => ({
      label: `$(close) ${vscode.l10n.t('Remove: {0} → {1}', relationLabel(l.relation), l.target.path)}`,
      description: preview(linkQuote(l), 60),
      index,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Links of this annotation') });
  if (!pick) return false;
  if (pick.index >= 0) return applyPatch(session, a, { links: a.links.filter((_, i) => i !== pick.index) });
  const link = await pickLink(session, false, session.spanOf(a) && { path: a.target.source, span: session.spanOf(a)! });
  return !!link && applyPatch(session, a, { links: [...a.links, link] });
}

/** Delete and undo share the stack of this window's deletions. */
export class Deletions {
  private readonly stack: Annotation[] = [];

  constructor(private readonly session: AnnotationsSession) {}

  async delete(arg?: unknown): Promise<boolean> {
    if (!this.session.service.canWrite()) return false;
    const a = await resolveAnnotation(this.session, arg);
    if (!a || !this.session.service.canWrite()) return false;
    try {
      await this.session.store.delete(a.target.source, a.id);
    } catch (e) {
      this.session.reportError(e);
      return false;
    }
    this.stack.push(a);
    if (this.stack.length > MAX_UNDO) this.stack.shift();
    const undo = vscode.l10n.t('Undo');
    void vscode.window.showInformationMessage(vscode.l10n.t('Annotation deleted.'), undo).then((choice) => {
      if (choice === undo && this.stack.includes(a)) void this.undo(a);
    });
    return true;
  }

  /** Bring back `which` (default: the latest deletion). */
  async undo(which?: Annotation): Promise<boolean> {
    const at = which ? this.stack.lastIndexOf(which) : this.stack.length - 1;
    if (at < 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no deleted annotation to restore.'));
      return false;
    }
    if (!this.session.service.canWrite()) return false;
    const [a] = this.stack.splice(at, 1);
    try {
      await this.session.store.restore(a);
      return true;
    } catch (e) {
      this.stack.splice(at, 0, a);
      this.session.reportError(e);
      return false;
    }
  }
}

/** Reveal an annotation's passage (its last known place for an orphan). */
export async function openAnnotation(session: AnnotationsSession, arg?: unknown): Promise<boolean> {
  const a = await resolveAnnotation(session, arg);
  if (!a) return false;
  const doc = await openCorpusDocument(session.service, a.target.source);
  const p = a.target.selector[1];
  const span = session.spanOf(a) ?? { start: p.start, end: p.end };
  const range = toEditorRange(doc, span);
  await vscode.window.showTextDocument(doc, { selection: range, preview: false });
  if (a.status === 'orphaned') {
    const like = lookAlikeOf(a, doc.getText());
    if (!like) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The passage of this annotation was not found; it was: “{0}”', preview(a.target.selector[0].exact, 120)));
      return true;
    }
    // Never moved there silently: the look-alike is offered, the researcher decides.
    const show = vscode.l10n.t('Show similar passage');
    const attach = vscode.l10n.t('Re-attach here');
    const line = doc.positionAt(like.start).line + 1;
    void vscode.window.showWarningMessage(vscode.l10n.t('The passage of this annotation was not found; it was: “{0}”. A similar passage in other surroundings is at line {1}.', preview(a.target.selector[0].exact, 120), line), show, attach).then(async (choice) => {
      if (choice === show) await vscode.window.showTextDocument(doc, { selection: toEditorRange(doc, like), preview: false });
      if (choice === attach) await vscode.commands.executeCommand('policyLens.annotation.reattach', { id: a.id, start: like.start, end: like.end });
    });
  }
  return true;
}
