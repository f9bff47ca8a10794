/**
 * Document facets for analysis, read generically from a document's metadata so that new
 * metadata fields (a document type, a jurisdiction) become facets without code here: every
 * scalar text field and every list of `{ id }` entries is a facet, `date` also gives `year`.
 */

/** Facet name → the document's values for it (ids for entities). */
export type DocumentFacets = Readonly<Record<string, readonly string[]>>;

/** Metadata fields that are not facets (free text or bookkeeping). */
const NOT_FACETS = new Set(['title', 'origins', 'date', 'provenance', 'evidence']);

/** Singular facet names for the list fields of the metadata. */
const SINGULAR: Record<string, string> = { institutions: 'institution', themes: 'theme', jurisdictions: 'jurisdiction', types: 'type' };

function valuesOf(value: unknown): string[] {
  if (typeof value === 'string') return value === '' || value === 'unknown' ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(valuesOf);
  if (value && typeof value === 'object') {
    const id = (value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value;
    return typeof id === 'string' || typeof id === 'number' ? valuesOf(id) : [];
  }
  return [];
}

/** Facets of one document's metadata object (see the file comment). */
export function facetsOfMeta(meta: object): DocumentFacets {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (NOT_FACETS.has(key)) continue;
    const values = [...new Set(valuesOf(value))];
    if (values.length || Array.isArray(value) || typeof value === 'string') out[SINGULAR[key] ?? key] = values;
  }
  const date = (meta as { date?: unknown }).date;
  out.year = typeof date === 'string' && /^\d{4}/.test(date) ? [date.slice(0, 4)] : [];
  return out;
}

/** Whether a document's facets match every `facet → accepted values` filter (any value of each). */
export function matchesFacets(facets: DocumentFacets | undefined, filter: Readonly<Record<string, readonly string[]>>): boolean {
  return Object.entries(filter).every(([name, accepted]) => accepted.length === 0 || (facets?.[name] ?? []).some((v) => accepted.includes(v)));
}
