/**
 * `.policylens/catalog.yaml`: the researcher's own statements about documents (title, date,
 * language, institutions, themes). It outranks anything inferred, so it is validated
 * carefully and every complaint names the line it is about.
 */
import { isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import { parseYamlSource, yamlProblems } from '../text/yamlSource';
import { Language, Problem } from '../types';
import { safeRelativePath } from '../ports';
import { DOCUMENT_TYPES, DocumentType, isDocumentType } from './evidence/docTypeWords';
import { checkJurisdiction } from './evidence/jurisdictionCodes';

/** Where the catalog lives, relative to the workspace root. */
export const DEFAULT_CATALOG_PATH = '.policylens/catalog.yaml';

/** The fields a catalog entry may set, in the order they are written. */
export const CATALOG_FIELDS = ['title', 'date', 'language', 'institutions', 'themes', 'type', 'jurisdiction'] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** What the catalog says about one document; absent fields are left to inference. */
export interface CatalogEntry {
  readonly title?: string;
  readonly date?: string;
  readonly language?: Language;
  readonly institutions?: readonly string[];
  readonly themes?: readonly string[];
  /** Document type, one of {@link DOCUMENT_TYPES}. */
  readonly type?: DocumentType;
  /** Jurisdiction codes (ISO 3166-1 alpha-2, ISO 3166-2, `EU`, `INT`). */
  readonly jurisdiction?: readonly string[];
  /** Zero-based line of the entry's key, for "go to the catalog" and for later problems. */
  readonly line: number;
}

export interface Catalog {
  /** Entries keyed by normalised workspace-relative POSIX path. */
  readonly documents: ReadonlyMap<string, CatalogEntry>;
  readonly problems: readonly Problem[];
  /** True when the file could not be understood as a whole (syntax or structure errors). */
  readonly broken: boolean;
}

/** The catalog of a workspace with no catalog file. */
export const EMPTY_CATALOG: Catalog = { documents: new Map(), problems: [], broken: false };

const LANGUAGES: readonly Language[] = ['zh', 'en', 'bilingual', 'unknown'];
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Check one field value as a catalog entry would hold it; returns the cleaned value or a
 * message saying what is wrong. Shared by the parser and the editor so both agree.
 */
export function checkCatalogValue(field: string, value: unknown): { value: unknown } | { error: string } {
  switch (field) {
    case 'title':
      return typeof value === 'string' && value.trim() ? { value: value.trim() } : { error: 'title must be a non-empty string' };
    case 'date': {
      const s = typeof value === 'number' ? String(value) : value;
      return typeof s === 'string' && DATE.test(s)
        ? { value: s }
        : { error: `date must look like 2021 or 2021-06 or 2021-06-02, not ${JSON.stringify(value)}` };
    }
    case 'language':
      return LANGUAGES.includes(value as Language)
        ? { value }
        : { error: `language must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}` };
    case 'institutions':
    case 'themes': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v.trim())) {
        return { error: `${field} must be a list of entity ids` };
      }
      return { value: [...new Set(list.map((v: string) => v.trim()))] };
    }
    case 'type':
      return isDocumentType(value) ? { value } : { error: `type must be one of ${DOCUMENT_TYPES.join(', ')}, not ${JSON.stringify(value)}` };
    case 'jurisdiction':
      return checkJurisdiction(value);
    default:
      return { error: `unknown field "${field}" (expected ${CATALOG_FIELDS.join(', ')})` };
  }
}

/** Parse and validate catalog text. Never throws; everything wrong becomes a Problem. */
export function parseCatalog(text: string, catalogPath = DEFAULT_CATALOG_PATH): Catalog {
  const source = parseYamlSource(text);
  const { doc } = source;
  const problems: Problem[] = [];
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? source.position(node.range[0]).line : undefined;
  const problem = (severity: Problem['severity'], message: string, line?: number): void => {
    problems.push({ path: catalogPath, severity, message, line });
  };

  problems.push(...yamlProblems(catalogPath, source, doc.errors, 'error', false));
  if (doc.errors.length) return { documents: new Map(), problems, broken: true };
  if (doc.contents === null) return { documents: new Map(), problems, broken: false }; // empty file

  const root = doc.contents;
  if (!isMap(root)) {
    problem('error', 'the catalog must be a mapping with `version` and `documents`', lineOf(root));
    return { documents: new Map(), problems, broken: true };
  }
  const version = root.get('version', true);
  if (!isScalar(version) || (version.value as unknown) !== 1) {
    problem('error', 'unsupported or missing `version` (expected `version: 1`)', lineOf(version ?? root));
    return { documents: new Map(), problems, broken: true };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key !== 'version' && key !== 'documents') problem('warning', `unknown top-level key "${String(key)}"`, lineOf(pair.key as Node));
  }
  const docsNode = root.get('documents', true);
  const documents = new Map<string, CatalogEntry>();
  if (docsNode === undefined || (isScalar(docsNode) && docsNode.value === null)) return { documents, problems, broken: false };
  if (!isMap(docsNode)) {
    problem('error', '`documents` must be a mapping from file path to fields', lineOf(docsNode));
    return { documents, problems, broken: true };
  }
  for (const pair of docsNode.items) {
    const keyNode = pair.key as Scalar | null;
    const line = lineOf(keyNode) ?? 0;
    const raw = isScalar(keyNode) ? String(keyNode.value) : '';
    let path: string;
    try {
      path = safeRelativePath(raw);
    } catch {
      problem('error', `"${raw}" is not a path inside the workspace`, line);
      continue;
    }
    if (documents.has(path)) problem('warning', `"${path}" is listed twice; the later entry wins`, line);
    const entry = parseEntry(pair.value as Node | null, line, lineOf, problem);
    if (entry) documents.set(path, entry);
  }
  return { documents, problems, broken: false };
}

function parseEntry(
  node: Node | null,
  line: number,
  lineOf: (n: Node | null | undefined) => number | undefined,
  problem: (severity: Problem['severity'], message: string, line?: number) => void,
): CatalogEntry | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return { line };
  if (!isMap(node)) {
    problem('error', 'a document entry must be a mapping of fields', lineOf(node) ?? line);
    return undefined;
  }
  const entry: Record<string, unknown> = { line };
  for (const pair of (node as YAMLMap).items) {
    const field = isScalar(pair.key) ? String(pair.key.value) : '';
    const valueNode = pair.value as Node | null;
    const value = isSeq(valueNode) || isMap(valueNode) || isScalar(valueNode) ? valueNode.toJSON() : null;
    const checked = checkCatalogValue(field, value);
    if ('error' in checked) {
      const unknownField = !(CATALOG_FIELDS as readonly string[]).includes(field);
      problem(unknownField ? 'warning' : 'error', checked.error, lineOf(valueNode) ?? lineOf(pair.key as Node) ?? line);
    } else entry[field] = checked.value;
  }
  return entry as unknown as CatalogEntry;
}
