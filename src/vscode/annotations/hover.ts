/**
 * Hover card on an annotated range: the note (the researcher's markdown, rendered untrusted
 * and without HTML), tags, links, author, dates and anchor status, with command links to edit,
 * delete and follow links. Workspace text in the trusted part is always escaped, and only our
 * own commands are enabled.
 */
import * as vscode from 'vscode';
import { linkQuote, linkSpan, type Annotation } from '../../core/annotations/types';
import { commandLink } from '../args';
import { toEditorRange } from '../convert';
import { lookAlikeOf } from '../../core/annotations/reanchor';
import { linkStatusLabel, preview, relationLabel, shortDate, statusLabel } from './labels';
import type { AnnotationsSession } from './session';

const ENABLED = ['policyLens.annotation.edit', 'policyLens.annotation.retag', 'policyLens.annotation.link', 'policyLens.annotation.delete', 'policyLens.openLocation', 'policyLens.annotation.reattach'];

const link = commandLink;

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: ENABLED };
  return md;
}

/** The parts of one annotation's card. */
export function annotationCard(a: Annotation, session: AnnotationsSession): vscode.MarkdownString[] {
  const head = trusted();
  head.appendMarkdown(`**${vscode.l10n.t('Annotation')}**`);
  if (a.tags.length) {
    head.appendMarkdown(' · ');
    a.tags.forEach((t, i) => {
      if (i) head.appendMarkdown(', ');
      head.appendText(`${session.codebook.labelOf(t)} (${t})`);
    });
  }
  const parts = [head];
  if (a.note !== undefined && a.note.trim() !== '') {
    // The note is the user's markdown: no HTML, no trusted commands, no theme icons.
    const note = new vscode.MarkdownString(a.note, false);
    note.supportHtml = false;
    note.isTrusted = false;
    parts.push(note);
  }
  const foot = trusted();
  for (const l of a.links) {
    const span = linkSpan(l);
    const orphaned = l.target.status === 'orphaned';
    const line = orphaned ? undefined : session.service.current()?.model.get(l.target.path)?.lines.lineOf(span.start);
    foot.appendMarkdown('- ');
    foot.appendText(`${relationLabel(l.relation)} → ${l.target.path}${line !== undefined ? `:${line + 1}` : ''} “${preview(linkQuote(l), 60)}” `);
    // A link is anchored like an annotation: say when its target was edited or is gone.
    if (l.target.status === 'changed' || orphaned) foot.appendText(`(${linkStatusLabel(l.target.status)}) `);
    if (!orphaned) foot.appendMarkdown(`[${vscode.l10n.t('Go to')}](${link('policyLens.openLocation', { path: l.target.path, start: span.start, end: span.end })})`);
    foot.appendMarkdown('\n');
  }
  if (a.links.length) foot.appendMarkdown('\n');
  const meta = [a.author ?? vscode.l10n.t('unknown author'), vscode.l10n.t('created {0}', shortDate(a.created))];
  if (a.modified !== a.created) meta.push(vscode.l10n.t('modified {0}', shortDate(a.modified)));
  meta.push(statusLabel(a.status));
  foot.appendMarkdown('_');
  foot.appendText(meta.join(' · '));
  foot.appendMarkdown('_\n\n');
  if (a.status === 'changed') {
    // Changed with the same words: only the text around them was edited (the context).
    const span = session.spanOf(a);
    const now = span && session.textOf(a.target.source)?.slice(span.start, span.end);
    foot.appendText(now === a.target.selector[0].exact ? vscode.l10n.t('The words are unchanged; the text just around them was edited.')
      : vscode.l10n.t('Originally: “{0}”', preview(a.target.selector[0].exact, 120)));
    foot.appendMarkdown('\n\n');
  }
  appendLookAlike(foot, a, session);
  const readOnly = session.store.isReadOnly(a.target.source);
  if (readOnly) {
    // Shown from the last valid read; edits are refused until the file is fixed.
    foot.appendText(vscode.l10n.t('Read-only: {0} has errors (line {1}). Fix that file to edit these annotations.', readOnly.path, (readOnly.line ?? 0) + 1));
    parts.push(foot);
    return parts;
  }
  if (!vscode.workspace.isTrusted) {
    // Restricted Mode: offer no action that would be refused, and say why.
    foot.appendText(vscode.l10n.t('Read-only until this workspace is trusted.'));
    parts.push(foot);
    return parts;
  }
  foot.appendMarkdown([
    `[${vscode.l10n.t('Edit note')}](${link('policyLens.annotation.edit', a.id)})`,
    `[${vscode.l10n.t('Change tags')}](${link('policyLens.annotation.retag', a.id)})`,
    `[${vscode.l10n.t('Links')}](${link('policyLens.annotation.link', a.id)})`,
    `[${vscode.l10n.t('Delete')}](${link('policyLens.annotation.delete', a.id)})`,
  ].join(' · '));
  parts.push(foot);
  return parts;
}

/**
 * For an orphan: the look-alike re-anchoring refused to jump to (same words, other
 * surroundings), with links to look at it and to re-attach the annotation there.
 */
function appendLookAlike(md: vscode.MarkdownString, a: Annotation, session: AnnotationsSession): void {
  if (a.status !== 'orphaned') return;
  const text = session.textOf(a.target.source);
  const span = text === undefined ? undefined : lookAlikeOf(a, text);
  if (!span || text === undefined) return;
  const line = session.service.current()?.model.get(a.target.source)?.lines.lineOf(span.start);
  md.appendText(vscode.l10n.t('Similar passage elsewhere (line {0}): “{1}”', line === undefined ? '?' : line + 1, preview(text.slice(span.start, span.end), 80)) + ' ');
  md.appendMarkdown(`[${vscode.l10n.t('Go to')}](${link('policyLens.openLocation', { path: a.target.source, start: span.start, end: span.end })}) · `);
  md.appendMarkdown(`[${vscode.l10n.t('Re-attach here')}](${link('policyLens.annotation.reattach', { id: a.id, start: span.start, end: span.end })})\n\n`);
}

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly session: AnnotationsSession) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    await this.session.ready;
    const path = this.session.pathOf(doc.uri);
    if (!path) return undefined;
    const hits = this.session.at(path, doc.offsetAt(position));
    if (!hits.length) return undefined;
    const contents = hits.flatMap((a) => annotationCard(a, this.session));
    const span = this.session.spanOf(hits[0])!;
    return new vscode.Hover(contents, toEditorRange(doc, span));
  }
}
