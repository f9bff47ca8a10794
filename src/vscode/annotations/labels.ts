/** Localised names of statuses and relations, and short previews of quotes. */
import * as vscode from 'vscode';
import { oneLine } from '../../core/text/oneLine';
import type { AnnotationStatus, LinkRelation } from '../../core/annotations/types';
import type { TagIdProblem } from '../../core/annotations/codebook';

export function statusLabel(s: AnnotationStatus): string {
  switch (s) {
    case 'anchored': return vscode.l10n.t('anchored');
    case 'moved': return vscode.l10n.t('moved');
    case 'changed': return vscode.l10n.t('changed — the passage was edited');
    case 'orphaned': return vscode.l10n.t('orphaned — the passage is gone');
  }
}

/** Why a typed tag id is refused, for the input box. */
export function tagProblemLabel(p: TagIdProblem): string {
  switch (p) {
    case 'empty': return vscode.l10n.t('Use non-empty segments separated by "/".');
    case 'empty-segment': return vscode.l10n.t('A tag cannot have an empty level ("//"): use one "/" between levels, e.g. governance/testing.');
    case 'edge-slash': return vscode.l10n.t('A tag cannot start or end with "/": use "/" only between levels, e.g. governance/testing.');
    case 'spaces': return vscode.l10n.t('A tag level cannot start or end with a space.');
  }
}

/** State of a link's target, as shown beside the link. */
export function linkStatusLabel(s: AnnotationStatus): string {
  switch (s) {
    case 'anchored': return vscode.l10n.t('anchored');
    case 'moved': return vscode.l10n.t('moved');
    case 'changed': return vscode.l10n.t('linked passage was edited');
    case 'orphaned': return vscode.l10n.t('linked passage is gone');
  }
}

export function relationLabel(r: LinkRelation): string {
  switch (r) {
    case 'supports': return vscode.l10n.t('supports');
    case 'contradicts': return vscode.l10n.t('contradicts');
    case 'elaborates': return vscode.l10n.t('elaborates');
    case 'translates': return vscode.l10n.t('translates');
    case 'cites': return vscode.l10n.t('cites');
  }
}

/** What a relation means, shown next to its name in the relation picker. */
export function relationHint(r: LinkRelation): string {
  switch (r) {
    case 'supports': return vscode.l10n.t('this passage backs the other statement');
    case 'contradicts': return vscode.l10n.t('this passage disagrees with the other statement');
    case 'elaborates': return vscode.l10n.t('this passage develops the other statement further');
    case 'translates': return vscode.l10n.t('this passage says the same in another language');
    case 'cites': return vscode.l10n.t('this passage quotes or refers to the other statement');
  }
}

/** "1 annotation" / "{n} annotations": separate strings, so translations need no plural rules. */
export function annotationCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', n);
}

/** One line of at most `max` characters, whitespace collapsed. */
export function preview(text: string, max = 80): string {
  return oneLine(text, max);
}

/** A date in the display language. */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(vscode.env.language);
}
