/**
 * The hover card of a mention: names in both languages, kind, descriptions, aliases, how
 * often the corpus names the entity (by institution), a few statements from other
 * documents and links to the entity commands. Workspace text is escaped throughout.
 */
import * as vscode from 'vscode';
import { pickStatements, summarizeReferences } from '../../core/knowledge/references';
import { aliasText, Entity } from '../../core/knowledge/types';
import type { Corpus } from '../service';
import { commandLink } from '../args';
import { ENTITY_LINK_COMMANDS } from './entityArgs';
import { kindLabel } from './kindLabels';
import { escapeMarkdown as esc } from './markdown';

/** How many statements from other documents a card quotes. */
const STATEMENTS = 3;
/** How many institutions the breakdown names before summing up the rest. */
const INSTITUTIONS = 4;

function namesLine(entity: Entity): string {
  const { en, zh } = entity.names;
  const main = en ?? zh ?? entity.id;
  const second = en && zh ? ` · ${esc(zh)}` : '';
  return `**${esc(main)}**${second} — _${esc(kindLabel(entity.kind))}_`;
}

function countsLine(corpus: Corpus, entity: Entity): string {
  const s = summarizeReferences(corpus.model.mentionIndex(), entity.id);
  if (s.mentions === 0) return vscode.l10n.t('Not mentioned in the indexed corpus yet.');
  const head = `**${esc(vscode.l10n.t('{0} mentions in {1} documents', s.mentions, s.documents.length))}**`;
  if (s.institutions.length === 1 && s.institutions[0].id === '') return head;
  const shown = s.institutions.slice(0, INSTITUTIONS).map((i) =>
    esc(vscode.l10n.t('{0}: {1} in {2}', i.id ? i.name : vscode.l10n.t('Unattributed'), i.mentions, i.documents)));
  if (s.institutions.length > INSTITUTIONS) shown.push(esc(vscode.l10n.t('{0} more', s.institutions.length - INSTITUTIONS)));
  return `${head} — ${shown.join(' · ')}`;
}

function statementLines(corpus: Corpus, entity: Entity, currentPath: string | undefined): string[] {
  return pickStatements(corpus.model.mentionIndex(), entity.id, { exclude: currentPath, limit: STATEMENTS }).map((st) => {
    const link = commandLink('policyLens.openLocation', { path: st.path, start: st.mention.start, end: st.mention.end });
    const title = corpus.model.get(st.path)?.meta.title ?? st.path;
    return `> ${esc(st.before)}**${esc(st.match)}**${esc(st.after)}\n>\n> — [${esc(st.path)}](${link} "${esc(title).replace(/"/g, '\\"')}")`;
  });
}

/** The markdown card for `entity`, seen from the document at `currentPath`. */
export function hoverCard(corpus: Corpus, entity: Entity, currentPath?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ENTITY_LINK_COMMANDS };
  md.supportHtml = false;
  const parts: string[] = [namesLine(entity)];
  if (entity.description.en) parts.push(esc(entity.description.en));
  if (entity.description.zh) parts.push(esc(entity.description.zh));
  const aliases = entity.aliases.map(aliasText).filter((a) => a !== entity.names.en && a !== entity.names.zh);
  if (aliases.length) parts.push(`_${esc(vscode.l10n.t('Also written as'))}_ ${aliases.map(esc).join(', ')}`);
  parts.push(countsLine(corpus, entity));
  const statements = statementLines(corpus, entity, currentPath);
  if (statements.length) parts.push(`_${esc(vscode.l10n.t('In other documents'))}_`, ...statements);
  const links = [
    `[$(references) ${esc(vscode.l10n.t('Find All Mentions'))}](${commandLink('policyLens.entities.findReferences', entity.id)})`,
    `[$(go-to-file) ${esc(vscode.l10n.t('Open Definition'))}](${commandLink('policyLens.entities.openDefinition', entity.id)})`,
    `[$(list-tree) ${esc(vscode.l10n.t('Reveal in Entities View'))}](${commandLink('policyLens.entities.reveal', entity.id)})`,
  ];
  parts.push(links.join(' · '));
  md.appendMarkdown(parts.join('\n\n'));
  return md;
}
