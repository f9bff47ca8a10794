/**
 * The hover card of a mention: names in both languages, kind, descriptions, aliases, how
 * often the corpus names the entity (by institution), a few statements from other
 * documents and links to the entity commands. Workspace text is escaped throughout.
 */
import * as vscode from 'vscode';
import { distinctNames } from '../../core/knowledge/distinctNames';
import { primaryInstitutionShares } from '../../core/knowledge/institutionShares';
import { plainPassage } from '../../core/knowledge/plainQuote';
import { memberCounts, pickStatements, summarizeReferences } from '../../core/knowledge/references';
import { displayLanguage } from '../locale';
import { aliasText, Entity } from '../../core/knowledge/types';
import type { Corpus } from '../service';
import { commandLink } from '../args';
import { mentionsInDocuments } from './countLabels';
import { ENTITY_LINK_COMMANDS, type ReferencesAnchor } from './entityArgs';
import { kindLabel } from './kindLabels';
import { escapeMarkdown as esc } from './markdown';

/** How many statements from other documents a card quotes. */
const STATEMENTS = 3;
/** How many institutions the breakdown names before summing up the rest. */
const INSTITUTIONS = 4;

function namesLine(entity: Entity): string {
  const [main = entity.id, ...others] = distinctNames([entity.names.en, entity.names.zh]);
  const second = others.map((n) => ` · ${esc(n)}`).join('');
  return `**${esc(main)}**${second} — _${esc(kindLabel(entity.kind))}_`;
}

function countsLine(corpus: Corpus, entity: Entity): string {
  const s = summarizeReferences(corpus.model.mentionIndex(), entity.id);
  if (s.mentions === 0) return vscode.l10n.t('Not mentioned in the indexed corpus yet.');
  const head = `**${esc(mentionsInDocuments(s.mentions, s.documents.length))}**`;
  // Each document counted once, under its first institution, so the parts add up to the head.
  const shares = primaryInstitutionShares(s.documents, (path) => corpus.model.get(path)?.meta.institutions);
  if (shares.length === 1 && shares[0].id === '') return head;
  const shown = shares.slice(0, INSTITUTIONS).map((i) =>
    esc(vscode.l10n.t('{0}: {1} in {2}', i.id ? i.name : vscode.l10n.t('Unattributed'), i.mentions, i.documents)));
  if (shares.length > INSTITUTIONS) {
    const rest = shares.slice(INSTITUTIONS);
    shown.push(esc(vscode.l10n.t('others: {0} in {1}', rest.reduce((n, i) => n + i.mentions, 0), rest.reduce((n, i) => n + i.documents, 0))));
  }
  return `${head} — ${shown.join(' · ')}`;
}

/** "Includes its members: 悟道2.0: 4 in 2 · …": the members' own mentions, labelled, which Find All Mentions also lists. */
function membersLine(corpus: Corpus, entity: Entity): string | undefined {
  const counts = memberCounts(corpus.model.mentionIndex(), corpus.kb.membersOf(entity.id));
  if (!counts.length) return undefined;
  const name = (id: string): string => corpus.kb.displayName(corpus.kb.get(id)!, displayLanguage());
  const shown = counts.slice(0, INSTITUTIONS).map((m) => esc(vscode.l10n.t('{0}: {1} in {2}', name(m.id), m.mentions, m.documents)));
  if (counts.length > INSTITUTIONS) shown.push(esc(vscode.l10n.t('and {0} more', counts.length - INSTITUTIONS)));
  return `_${esc(vscode.l10n.t('Includes its members'))}_ ${shown.join(' · ')}`;
}

/** Where the entity sits: its parent institution and the series or whole it belongs to, and its jurisdiction. */
function placeLine(corpus: Corpus, entity: Entity): string | undefined {
  const name = (id: string): string => { const e = corpus.kb.get(id); return e ? corpus.kb.displayName(e, displayLanguage()) : id; };
  const parts: string[] = [];
  if (entity.parent) parts.push(`_${esc(vscode.l10n.t('Part of'))}_ ${esc(name(entity.parent))}`);
  if (entity.partOf) parts.push(`_${esc(vscode.l10n.t('Member of'))}_ ${esc(name(entity.partOf))}`);
  if (entity.jurisdiction?.length) parts.push(`_${esc(vscode.l10n.t('Jurisdiction'))}_ ${esc(entity.jurisdiction.join(', '))}`);
  return parts.length ? parts.join(' · ') : undefined;
}

function statementLines(corpus: Corpus, entity: Entity, currentPath: string | undefined): string[] {
  return pickStatements(corpus.model.mentionIndex(), entity.id, { exclude: currentPath, limit: STATEMENTS }).map((quoted) => {
    // Quotes come from the raw source: show the words, not their Markdown.
    const st = plainPassage(quoted);
    const link = commandLink('policyLens.openLocation', { path: st.path, start: st.mention.start, end: st.mention.end });
    const title = corpus.model.get(st.path)?.meta.title ?? st.path;
    return `> ${esc(st.before)}**${esc(st.match)}**${esc(st.after)}\n>\n> — [${esc(st.path)}](${link} "${esc(title).replace(/"/g, '\\"')}")`;
  });
}

/**
 * The markdown card for `entity`, seen from the document at `currentPath`; `at` is the
 * hovered mention, so "Find All Mentions" opens the results where the user is.
 */
export function hoverCard(corpus: Corpus, entity: Entity, currentPath?: string, at?: ReferencesAnchor): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ENTITY_LINK_COMMANDS };
  md.supportHtml = false;
  const parts: string[] = [namesLine(entity)];
  if (entity.description.en) parts.push(esc(entity.description.en));
  if (entity.description.zh) parts.push(esc(entity.description.zh));
  const aliases = distinctNames(entity.aliases.map(aliasText), [entity.names.en, entity.names.zh]);
  if (aliases.length) parts.push(`_${esc(vscode.l10n.t('Also written as'))}_ ${aliases.map(esc).join(', ')}`);
  const place = placeLine(corpus, entity);
  if (place) parts.push(place);
  parts.push(countsLine(corpus, entity));
  const members = membersLine(corpus, entity);
  if (members) parts.push(members);
  const statements = statementLines(corpus, entity, currentPath);
  if (statements.length) parts.push(`_${esc(vscode.l10n.t('In other documents'))}_`, ...statements);
  const links = [
    `[$(references) ${esc(vscode.l10n.t('Find All Mentions'))}](${commandLink('policyLens.entities.findReferences', at ? { entityId: entity.id, ...at } : entity.id)})`,
    `[$(go-to-file) ${esc(vscode.l10n.t('Open Definition'))}](${commandLink('policyLens.entities.openDefinition', entity.id)})`,
    `[$(list-tree) ${esc(vscode.l10n.t('Reveal in Entities View'))}](${commandLink('policyLens.entities.reveal', entity.id)})`,
  ];
  parts.push(links.join(' · '));
  md.appendMarkdown(parts.join('\n\n'));
  return md;
}
