/**
 * Localised words for inferred facets: document types, jurisdictions, and evidence items
 * ("from line 3: …审议通过 — adoption line, strong"). Core keeps evidence as data; this is
 * where it becomes a sentence in the reader's language.
 */
import * as vscode from 'vscode';
import type { EvidenceItem, Strength } from '../../core/corpus/evidence';
import { strengthOf } from '../../core/corpus/evidence';

/** The name of a document type. */
export function typeLabel(type: string): string {
  switch (type) {
    case 'law': return vscode.l10n.t('Law (statute)');
    case 'regulation': return vscode.l10n.t('Regulation');
    case 'judicial-interpretation': return vscode.l10n.t('Judicial interpretation');
    case 'executive-order': return vscode.l10n.t('Executive order');
    case 'plan': return vscode.l10n.t('Plan');
    case 'standard': return vscode.l10n.t('Standard');
    case 'principles': return vscode.l10n.t('Principles');
    case 'statement': return vscode.l10n.t('Statement');
    case 'speech': return vscode.l10n.t('Speech');
    case 'report': return vscode.l10n.t('Report');
    case 'news': return vscode.l10n.t('News');
    case 'technical': return vscode.l10n.t('Technical document');
    case 'licence': return vscode.l10n.t('Licence');
    default: return vscode.l10n.t('Other type');
  }
}

/** A jurisdiction code with its name where the code alone is not telling. */
export function jurisdictionLabel(code: string): string {
  switch (code) {
    case 'INT': return vscode.l10n.t('International (INT)');
    case 'EU': return vscode.l10n.t('European Union (EU)');
    case 'CN': return vscode.l10n.t('China (CN)');
    case 'US': return vscode.l10n.t('United States (US)');
    case 'GB': return vscode.l10n.t('United Kingdom (GB)');
    default: return code;
  }
}

function kindLabel(kind: EvidenceItem['kind']): string {
  switch (kind) {
    case 'adoption': return vscode.l10n.t('adoption line');
    case 'promulgation': return vscode.l10n.t('promulgation line');
    case 'signature': return vscode.l10n.t('signature');
    case 'title': return vscode.l10n.t('title');
    case 'byline': return vscode.l10n.t('byline');
    case 'newsSource': return vscode.l10n.t('news source');
    case 'opening': return vscode.l10n.t('opening formula');
    case 'authorship': return vscode.l10n.t('authorship line');
    case 'copyright': return vscode.l10n.t('copyright line');
    case 'citation': return vscode.l10n.t('citation block');
    case 'licensor': return vscode.l10n.t('licensor');
    case 'frontMatter': return vscode.l10n.t('front matter');
    case 'webDomain': return vscode.l10n.t('web address');
    case 'folder': return vscode.l10n.t('folder');
    case 'mentions': return vscode.l10n.t('mentions');
    case 'knowledge': return vscode.l10n.t('knowledge base');
    case 'issuerName': return vscode.l10n.t("issuer's name");
    case 'structure': return vscode.l10n.t('structure');
    case 'fileName': return vscode.l10n.t('file name');
    case 'place': return vscode.l10n.t('place name');
    case 'mentionedPlace': return vscode.l10n.t('place named in the opening');
    case 'language': return vscode.l10n.t('language');
  }
}

function strengthLabel(s: Strength): string {
  return s === 'strong' ? vscode.l10n.t('strong') : s === 'medium' ? vscode.l10n.t('medium') : vscode.l10n.t('weak');
}

/** One evidence item as a line of a tooltip. */
export function evidenceLine(item: EvidenceItem): string {
  const how = `${kindLabel(item.kind)}, ${strengthLabel(strengthOf(item.weight))}`;
  const prefix = item.facet === 'jurisdiction' ? `${item.value}: ` : '';
  return item.line !== undefined
    ? `${prefix}${vscode.l10n.t('from line {0}: {1} ({2})', item.line + 1, item.excerpt, how)}`
    : `${prefix}${vscode.l10n.t('from {0}: {1} ({2})', kindLabel(item.kind), item.excerpt, how)}`;
}
