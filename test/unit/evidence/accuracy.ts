/**
 * Scoring inferred issuers, types and jurisdictions against labels, for the accuracy tests
 * on real documents. The issuer is matched loosely: right when one of the names of the first
 * inferred institution appears in the expected issuer text; for a document whose text does
 * not name its issuer, right when nothing is inferred.
 */
import type { CorpusDocument } from '../../../src/core/corpus/model';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { aliasText } from '../../../src/core/knowledge/types';

export interface Label {
  /** Expected issuer text (names in any language), or undefined when the text does not name it. */
  readonly issuer?: string;
  /** Acceptable document types (the first is the preferred one). */
  readonly types: readonly string[];
  /** Acceptable jurisdiction lists, each compared as a set. */
  readonly jurisdictions: ReadonlyArray<readonly string[]>;
}

export interface Tally {
  named: number; namedRight: number; unnamed: number; unnamedRight: number;
  type: number; typeRight: number; jurisdiction: number; jurisdictionRight: number;
  misses: string[];
}

export function emptyTally(): Tally {
  return { named: 0, namedRight: 0, unnamed: 0, unnamedRight: 0, type: 0, typeRight: 0, jurisdiction: 0, jurisdictionRight: 0, misses: [] };
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s'’.]+/g, ' ').trim();
}

/** Names of an attribution: its own name and id, and every name and alias the knowledge base gives it. */
function namesOf(a: { id: string; name: string }, kb: KnowledgeBase): string[] {
  const e = kb.get(a.id);
  const names = [a.name, a.id];
  if (e) names.push(...[e.names.en, e.names.zh].filter((n): n is string => !!n), ...e.aliases.map(aliasText));
  return names.filter((n) => n.length >= 2);
}

/** Score one document against its label. */
export function score(doc: CorpusDocument, label: Label, kb: KnowledgeBase, t: Tally): void {
  const first = doc.meta.institutions[0];
  const got = doc.meta.institutions.map((a) => a.name).join(', ') || 'Unattributed';
  if (label.issuer !== undefined) {
    t.named++;
    const cell = fold(label.issuer);
    if (first && namesOf(first, kb).some((n) => cell.includes(fold(n)))) t.namedRight++;
    else t.misses.push(`${doc.path}: issuer ${got} (expected ${label.issuer})`);
  } else {
    t.unnamed++;
    if (!first) t.unnamedRight++;
    else t.misses.push(`${doc.path}: issuer ${got} (expected Unattributed)`);
  }
  t.type++;
  if (label.types.includes(doc.meta.type.value)) t.typeRight++;
  else t.misses.push(`${doc.path}: type ${doc.meta.type.value} (expected ${label.types.join(' or ')})`);
  t.jurisdiction++;
  const codes = [...doc.meta.jurisdiction.codes].sort().join(',');
  if (label.jurisdictions.some((j) => [...j].sort().join(',') === codes)) t.jurisdictionRight++;
  else t.misses.push(`${doc.path}: jurisdiction ${codes || '—'} (expected ${label.jurisdictions.map((j) => j.join(',')).join(' or ')})`);
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(0)}% (${a}/${b})` : 'n/a');

/** The lines printed in the test output. */
export function report(name: string, t: Tally): string[] {
  return [
    `${name}: issuer right where the text names it ${pct(t.namedRight, t.named)}; no wrong issuer where it does not ${pct(t.unnamedRight, t.unnamed)}`,
    `${name}: type ${pct(t.typeRight, t.type)}; jurisdiction ${pct(t.jurisdictionRight, t.jurisdiction)}`,
    ...t.misses.map((m) => `  miss ${m}`),
  ];
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}
