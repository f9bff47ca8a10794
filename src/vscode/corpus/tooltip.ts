/**
 * Hover cards of the Corpus tree. Every value that comes from the workspace (titles, names,
 * provenance) is added with `appendText`, which escapes markdown; the path goes into a code
 * span whose fence it cannot close. The cards run no commands, so a crafted document cannot
 * inject links or markup.
 */
import * as vscode from 'vscode';
import type { CorpusDocument } from '../../core/corpus/model';
import type { Attribution, FieldOrigin } from '../../core/corpus/metadata';
import { seriousProblems } from '../../core/corpus/corpusTree';
import type { KnowledgeBase } from '../../core/knowledge';
import { codeSpan } from '../../core/text/markdownCode';
import { displayLanguage, encodingLabel, languageLabel } from './labels';
import type { CorpusModel } from '../../core/corpus/model';
import { appendCitedSection } from '../citations/citedSection';

/**
 * Title, date, language, encoding, institutions and themes of a document, each with its
 * origin; with the corpus `model`, also what the document cites and what cites it.
 */
export function documentTooltip(doc: CorpusDocument, kb: KnowledgeBase, model?: CorpusModel): vscode.MarkdownString {
  // Theme icons on from the start, so appendText also escapes `$(…)` in workspace text.
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  const { meta } = doc;
  md.appendMarkdown('**');
  md.appendText(meta.title);
  md.appendMarkdown('**\n\n');
  // Inside a code span nothing is interpreted, so the path goes in unescaped (appendText
  // would show its backslashes); the fence is longer than any backtick run in the path.
  md.appendMarkdown(`${codeSpan(doc.path)}\n\n`);
  field(md, vscode.l10n.t('Date'), meta.date ?? vscode.l10n.t('unknown'), meta.origins.date);
  field(md, vscode.l10n.t('Language'), languageLabel(meta.language), meta.origins.language);
  field(md, vscode.l10n.t('Encoding'), encodingLabel(doc.parsed.encoding));
  field(md, vscode.l10n.t('Title'), undefined, meta.origins.title);
  attributions(md, vscode.l10n.t('Institutions'), meta.institutions, kb);
  attributions(md, vscode.l10n.t('Themes'), meta.themes, kb);
  if (model) appendCitedSection(md, model, doc.path);
  const problems = seriousProblems(doc).length;
  if (problems) md.appendMarkdown(`\n\n$(warning) ${escape(vscode.l10n.t('{0} problem(s); see the Problems group', problems))}`);
  return md;
}

function field(md: vscode.MarkdownString, label: string, value: string | undefined, origin?: FieldOrigin): void {
  md.appendMarkdown(`${escape(label)}: `);
  if (value !== undefined) md.appendText(value);
  if (origin) {
    md.appendMarkdown(value !== undefined ? ' — _' : '_');
    md.appendText(origin.provenance);
    md.appendMarkdown('_');
  }
  md.appendMarkdown('  \n');
}

function attributions(md: vscode.MarkdownString, label: string, list: readonly Attribution[], kb: KnowledgeBase): void {
  md.appendMarkdown(`\n**${escape(label)}**`);
  if (!list.length) {
    md.appendMarkdown(': ');
    md.appendText(vscode.l10n.t('none'));
    md.appendMarkdown('\n');
    return;
  }
  md.appendMarkdown('\n\n');
  for (const a of list) {
    const entity = kb.get(a.id);
    md.appendMarkdown('- ');
    md.appendText(entity ? kb.displayName(entity, displayLanguage()) : a.name);
    md.appendMarkdown(' — _');
    md.appendText(a.provenance);
    md.appendMarkdown('_\n');
  }
}

/** Escape text that is ours but may contain markdown characters (translations). */
function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, '\\$&');
}

/** Hover card of a group: its name, the entity description when known, and the count. */
export function groupTooltip(label: string, count: number, kb: KnowledgeBase, key: string, direct?: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.appendMarkdown('**');
  md.appendText(label);
  md.appendMarkdown('**\n\n');
  const entity = kb.get(key);
  if (entity) {
    const lang = displayLanguage();
    md.appendText(lang === 'zh' ? entity.description.zh ?? entity.description.en : entity.description.en);
    md.appendMarkdown('\n\n');
  }
  md.appendText(vscode.l10n.t('{0} item(s)', count));
  // A parent institution counts its sub-institutions' documents too (each document once).
  if (direct !== undefined && direct < count) md.appendText(' · ' + vscode.l10n.t('{0} filed here, the rest under its sub-institutions', direct));
  return md;
}
