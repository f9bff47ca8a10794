/**
 * Hover card on an annotated range: the note (the researcher's markdown, rendered untrusted
 * and without HTML), tags, links, author, dates and anchor status, with command links to edit,
 * delete and follow links. Workspace text in the trusted part is always escaped, and only our
 * own commands are enabled.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations/types';
import { commandLink } from '../args';
import { toEditorRange } from '../convert';
import { preview, relationLabel, shortDate, statusLabel } from './labels';
import type { AnnotationsSession } from './session';

const ENABLED = ['policyLens.annotation.edit', 'policyLens.annotation.retag', 'policyLens.annotation.link', 'policyLens.annotation.delete', 'policyLens.openLocation'];

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
    const line = session.service.current()?.model.get(l.target.path)?.lines.lineOf(l.target.start);
    foot.appendMarkdown('- ');
    foot.appendText(`${relationLabel(l.relation)} → ${l.target.path}${line !== undefined ? `:${line + 1}` : ''} “${preview(l.target.quote, 60)}” `);
    foot.appendMarkdown(`[${vscode.l10n.t('Go to')}](${link('policyLens.openLocation', { path: l.target.path, start: l.target.start, end: l.target.end })})\n`);
  }
  if (a.links.length) foot.appendMarkdown('\n');
  const meta = [a.author ?? vscode.l10n.t('unknown author'), vscode.l10n.t('created {0}', shortDate(a.created))];
  if (a.modified !== a.created) meta.push(vscode.l10n.t('modified {0}', shortDate(a.modified)));
  meta.push(statusLabel(a.status));
  foot.appendMarkdown('_');
  foot.appendText(meta.join(' · '));
  foot.appendMarkdown('_\n\n');
  if (a.status === 'changed') {
    foot.appendText(vscode.l10n.t('Originally: “{0}”', preview(a.target.selector[0].exact, 120)));
    foot.appendMarkdown('\n\n');
  }
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
