/**
 * Browsing the corpus by institution, theme, year, language, document type or jurisdiction: the groups behind the tree
 * view and `policy-lens tree`. A document filed under two institutions appears under both;
 * documents with no value are gathered under "Unattributed" so nothing disappears.
 */
import type { CorpusDocument } from './document';

export type FacetKind = 'institution' | 'theme' | 'year' | 'language' | 'type' | 'jurisdiction';

export const FACET_KINDS: readonly FacetKind[] = ['institution', 'theme', 'year', 'language', 'type', 'jurisdiction'];

/** One group of a facet. */
export interface FacetGroup {
  /** Entity id, year, language code, or {@link UNATTRIBUTED}. */
  readonly key: string;
  readonly label: string;
  readonly documents: readonly CorpusDocument[];
}

/** Key of the group of documents that have no value for the facet. */
export const UNATTRIBUTED = '';

const LANGUAGE_LABELS: Record<string, string> = { zh: 'Chinese', en: 'English', bilingual: 'Bilingual', unknown: 'Unknown language' };

/**
 * Group documents by a facet, largest group first (ties by label); "Unattributed" always
 * comes last. Documents inside a group keep the order they were given in.
 */
export function groupDocuments(docs: readonly CorpusDocument[], by: FacetKind): FacetGroup[] {
  const groups = new Map<string, { label: string; documents: CorpusDocument[] }>();
  const add = (key: string, label: string, doc: CorpusDocument): void => {
    const g = groups.get(key) ?? { label, documents: [] };
    if (!g.documents.includes(doc)) g.documents.push(doc);
    groups.set(key, g);
  };
  for (const doc of docs) {
    const values = valuesOf(doc, by);
    if (values.length === 0) add(UNATTRIBUTED, 'Unattributed', doc);
    for (const v of values) add(v.key, v.label, doc);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, documents: g.documents }))
    .sort((a, b) => {
      if ((a.key === UNATTRIBUTED) !== (b.key === UNATTRIBUTED)) return a.key === UNATTRIBUTED ? 1 : -1;
      return b.documents.length - a.documents.length || a.label.localeCompare(b.label);
    });
}

function valuesOf(doc: CorpusDocument, by: FacetKind): Array<{ key: string; label: string }> {
  const { meta } = doc;
  switch (by) {
    case 'institution':
      return meta.institutions.map((a) => ({ key: a.id, label: a.name }));
    case 'theme':
      return meta.themes.map((a) => ({ key: a.id, label: a.name }));
    case 'year':
      return meta.date ? [{ key: meta.date.slice(0, 4), label: meta.date.slice(0, 4) }] : [];
    case 'language':
      return meta.language === 'unknown' ? [] : [{ key: meta.language, label: LANGUAGE_LABELS[meta.language] }];
    case 'type':
      return meta.type.value === 'other' ? [] : [{ key: meta.type.value, label: meta.type.value }];
    case 'jurisdiction':
      return meta.jurisdiction.codes.map((c) => ({ key: c, label: c }));
  }
}
