/**
 * Every mention of an entity across the corpus, in every language (the knowledge base makes
 * 薛澜 and Xue Lan one entity): the reference provider behind Shift+F12 and the
 * "Find All Mentions" command, which opens the references view from a hover or the tree.
 */
import * as vscode from 'vscode';
import { entityReferences, memberCounts } from '../../core/knowledge/references';
import { displayLanguage } from '../locale';
import type { Corpus, LensService } from '../service';
import { toLocation } from '../convert';
import { entityIdOf, referencesAnchorOf, type ReferencesAnchor } from './entityArgs';
import type { LiveMentions } from './liveMentions';

/**
 * Locations of every mention of `entityId` and of its members (a series includes its
 * models, a set of principles each principle). Documents open with unsaved edits are
 * matched in their live text so the locations agree with what the editor shows.
 */
export function mentionLocations(service: LensService, live: LiveMentions, corpus: Corpus, entityId: string): vscode.Location[] {
  const members = corpus.kb.membersOf(entityId);
  const stale = new Map<string, vscode.TextDocument>();
  for (const d of vscode.workspace.textDocuments) {
    const path = service.files?.relative(d.uri);
    if (path && corpus.model.get(path) && !live.isFresh(d, corpus)) stale.set(path, d);
  }
  const out: vscode.Location[] = [];
  for (const ref of entityReferences(corpus.model.mentionIndex(), entityId, members)) {
    if (stale.has(ref.path)) continue;
    const doc = corpus.model.get(ref.path)!;
    out.push(toLocation(service.uri(ref.path), doc.lines, ref.mention));
  }
  for (const document of stale.values()) {
    for (const id of [entityId, ...members]) {
      for (const m of live.ranges(document, corpus, id)) out.push(new vscode.Location(document.uri, m.range));
    }
  }
  return out;
}

export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: LensService, private readonly live: LiveMentions) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const corpus = await this.service.ready();
    const hit = corpus && this.live.at(document, position, corpus);
    if (!corpus || !hit) return undefined;
    return mentionLocations(this.service, this.live, corpus, hit.mention.entityId);
  }
}

/**
 * `policyLens.entities.findReferences [id | {entityId, path, offset}]`: shows every mention
 * in the references peek, opened where the user is. A hover link says which mention was
 * hovered (`path` + `offset`); otherwise the active editor's mention nearest the cursor is
 * used when that document names the entity, and only then the first mention in the corpus.
 * Without an argument, the mention under the cursor is meant.
 */
export async function findReferencesCommand(service: LensService, live: LiveMentions, arg: unknown): Promise<void> {
  const corpus = await service.ready();
  if (!corpus) return;
  const editor = vscode.window.activeTextEditor;
  const underCursor = editor && live.at(editor.document, editor.selection.active, corpus);
  const id = arg === undefined ? underCursor?.mention.entityId : entityIdOf(arg);
  const entity = id ? corpus.kb.get(id) : undefined;
  if (!entity) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on an entity mention first.'));
    return;
  }
  const locations = mentionLocations(service, live, corpus, entity.id);
  if (!locations.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The corpus does not mention {0}.', corpus.kb.displayName(entity)));
    return;
  }
  const members = memberCounts(corpus.model.mentionIndex(), corpus.kb.membersOf(entity.id));
  if (members.length) {
    // The peek cannot label its entries: say in the status bar that members are included.
    const names = members.map((m) => corpus.kb.displayName(corpus.kb.get(m.id)!, displayLanguage())).join(', ');
    const fromMembers = members.reduce((n, m) => n + m.mentions, 0);
    vscode.window.setStatusBarMessage(vscode.l10n.t('{0} mentions of {1}, {2} of them naming its members ({3})',
      locations.length, corpus.kb.displayName(entity, displayLanguage()), fromMembers, names), 8000);
  }
  const anchor = hoveredAnchor(service, corpus, live, entity.id, referencesAnchorOf(arg))
    ?? nearestInEditor(live, corpus, entity.id, editor)
    ?? locations[0];
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.range.start, locations);
}

/** The hovered mention of a link's anchor, if that document is a corpus document naming the entity there. */
function hoveredAnchor(service: LensService, corpus: Corpus, live: LiveMentions, entityId: string, at: ReferencesAnchor | undefined): vscode.Location | undefined {
  if (!at || !corpus.model.get(at.path)) return undefined;
  const uri = service.uri(at.path);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) {
    if (at.offset > document.getText().length) return undefined;
    const hit = live.at(document, document.positionAt(at.offset), corpus);
    return hit?.mention.entityId === entityId ? new vscode.Location(uri, hit.range) : undefined;
  }
  const doc = corpus.model.get(at.path)!;
  const mention = doc.mentions.find((m) => m.entityId === entityId && m.start <= at.offset && at.offset < m.end);
  return mention && toLocation(uri, doc.lines, mention);
}

/** The entity's mention nearest the cursor in the active editor, when it names the entity. */
function nearestInEditor(live: LiveMentions, corpus: Corpus, entityId: string, editor: vscode.TextEditor | undefined): vscode.Location | undefined {
  if (!editor) return undefined;
  const cursor = editor.document.offsetAt(editor.selection.active);
  let best: { range: vscode.Range; distance: number } | undefined;
  for (const m of live.ranges(editor.document, corpus, entityId)) {
    const start = editor.document.offsetAt(m.range.start);
    const end = editor.document.offsetAt(m.range.end);
    const distance = cursor < start ? start - cursor : cursor > end ? cursor - end : 0;
    if (!best || distance < best.distance) best = { range: m.range, distance };
  }
  return best && new vscode.Location(editor.document.uri, best.range);
}
