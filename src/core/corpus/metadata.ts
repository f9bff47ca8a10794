/**
 * A document's metadata as the researcher sees it, with where every value came from.
 * Precedence, field by field: the catalog (the researcher's own word) over the document's
 * front matter over inference from the text. Provenance makes inference checkable
 * ("inferred from 46 mentions of 智源研究院") and overridable.
 */
import type { Mention } from '../knowledge/types';
import type { DocumentType, EvidenceItem } from './evidence';
import type { Language, ParsedDocument, Problem } from '../types';
import { detectLanguage } from '../text/script';
import type { NormalizedText } from '../text/normalize';
import { CatalogEntry, DEFAULT_CATALOG_PATH } from './catalog';
import { inferDateFromText, inferYear } from './dates';
import { readFrontMatterFacts } from './frontMatterFields';
import { inferFacets } from './evidence';
import { issuerAttributions, jurisdictionFacet, typeFacet } from './facetValues';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { entityName } from './entityNames';
import { inferThemes } from './themes';
import { fallbackTitle, firstLineTitle } from './titles';
import { bodyStart } from './evidence/textLines';
import { orgName } from './evidence/orgNames';

export type MetaSource = 'catalog' | 'frontmatter' | 'inferred';

/** A document filed under an entity (institution or theme), and why. */
export interface Attribution {
  /** Entity id; for names the knowledge base does not know, the name as written. */
  readonly id: string;
  readonly name: string;
  readonly source: MetaSource;
  /** Human-readable reason, e.g. "catalog.yaml" or "front matter `author`". */
  readonly provenance: string;
  /** For inferred issuers: the evidence items that carried it (rendered by the editor). */
  readonly evidence?: readonly EvidenceItem[];
  /** True for an issuer the knowledge base does not know, recognised by its form. */
  readonly discovered?: boolean;
}

/** A document's type, where it came from and the evidence behind it. */
export interface TypeFacet {
  readonly value: DocumentType;
  readonly source: MetaSource;
  readonly provenance: string;
  readonly evidence: readonly EvidenceItem[];
}

/** A document's jurisdiction codes (ISO 3166, `EU`, `INT`), where they came from and the evidence. */
export interface JurisdictionFacet {
  readonly codes: readonly string[];
  readonly source: MetaSource;
  readonly provenance: string;
  readonly evidence: readonly EvidenceItem[];
}

/** Where a scalar field's value came from. */
export interface FieldOrigin {
  readonly source: MetaSource;
  readonly provenance: string;
}

export interface DocumentMeta {
  readonly title: string;
  /** ISO `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. */
  readonly date?: string;
  readonly language: Language;
  readonly institutions: readonly Attribution[];
  readonly themes: readonly Attribution[];
  /** Document type (law, regulation, statement, technical…). */
  readonly type: TypeFacet;
  /** Jurisdiction codes; empty when the text does not tell. */
  readonly jurisdiction: JurisdictionFacet;
  /** Origin of title, date and language (added for hovers and the CLI). */
  readonly origins: { readonly title: FieldOrigin; readonly date?: FieldOrigin; readonly language: FieldOrigin };
}

export interface MetadataResult {
  readonly meta: DocumentMeta;
  readonly problems: readonly Problem[];
}

const CATALOG: FieldOrigin = { source: 'catalog', provenance: 'catalog.yaml' };

/**
 * Work out a document's metadata from its catalog entry, front matter and text. `norm` is
 * `normalizeForMatch(parsed.text)` when the caller has it (theme matching then reuses it).
 */
export function buildMetadata(
  parsed: ParsedDocument,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  entry?: CatalogEntry,
  catalogPath = DEFAULT_CATALOG_PATH,
  norm?: NormalizedText,
): MetadataResult {
  const fm = readFrontMatterFacts(parsed.path, parsed.frontMatter, kb);
  const problems: Problem[] = [...fm.problems];

  let title: [string, FieldOrigin];
  if (entry?.title) title = [entry.title, CATALOG];
  else if (fm.title) title = [fm.title, { source: 'frontmatter', provenance: 'front matter `title`' }];
  else if (parsed.title && !(parsed.format === 'plain' && orgName(parsed.title))) title = [parsed.title, { source: 'inferred', provenance: 'first title-like line' }];
  else if (parsed.title) {
    // A plain text that opens with an organisation's name has a masthead; the title is below it.
    const below = firstLineTitle(parsed, bodyStart(parsed.text, parsed.frontMatter !== undefined), true);
    title = below ? [below.title, { source: 'inferred', provenance: 'first line under the masthead' }] : [parsed.title, { source: 'inferred', provenance: 'first title-like line' }];
  }
  else {
    const found = fallbackTitle(parsed) ?? firstLineTitle(parsed, bodyStart(parsed.text, parsed.frontMatter !== undefined));
    title = found ? [found.title, { source: 'inferred', provenance: found.provenance }]
      : [fileStem(parsed.path), { source: 'inferred', provenance: 'file name' }];
  }

  let date: [string, FieldOrigin] | undefined;
  if (entry?.date) date = [entry.date, CATALOG];
  else if (fm.date) date = [fm.date, { source: 'frontmatter', provenance: 'front matter `date`' }];
  else {
    const found = inferDateFromText(parsed.text) ?? inferYear(title[0], parsed.text);
    if (found) date = [found.date, { source: 'inferred', provenance: found.provenance }];
  }

  let language: [Language, FieldOrigin];
  if (entry?.language) language = [entry.language, CATALOG];
  else if (fm.language) language = [fm.language, { source: 'frontmatter', provenance: 'front matter `language`' }];
  else language = [detectLanguage(parsed.text), { source: 'inferred', provenance: 'share of Chinese and Latin letters' }];

  const input = { text: parsed.text, norm, title: title[0], mentions, kb };
  const inferred = inferFacets({ parsed, title: title[0], mentions, kb, language: language[0], norm });
  const institutions = entry?.institutions
    ? fromCatalog(entry.institutions, kb, parsed.path, 'institution', problems, catalogPath, entry.line)
    : fm.institutions.length ? fm.institutions : issuerAttributions(inferred.issuers);
  const type = entry?.type ? { value: entry.type, source: 'catalog' as const, provenance: 'catalog.yaml', evidence: [] }
    : fm.type ? { value: fm.type, source: 'frontmatter' as const, provenance: 'front matter `type`', evidence: [] }
    : typeFacet(inferred.type);
  const jurisdiction = entry?.jurisdiction ? { codes: entry.jurisdiction, source: 'catalog' as const, provenance: 'catalog.yaml', evidence: [] }
    : fm.jurisdiction ? { codes: fm.jurisdiction, source: 'frontmatter' as const, provenance: 'front matter `jurisdiction`', evidence: [] }
    : jurisdictionFacet(inferred.jurisdiction);
  const themes = entry?.themes
    ? fromCatalog(entry.themes, kb, parsed.path, 'theme', problems, catalogPath, entry.line)
    : fm.themes.length ? fm.themes : inferThemes(input);

  return {
    meta: {
      title: title[0],
      date: date?.[0],
      language: language[0],
      institutions,
      themes,
      type,
      jurisdiction,
      origins: { title: title[1], date: date?.[1], language: language[1] },
    },
    problems,
  };
}

function fromCatalog(
  ids: readonly string[],
  kb: KnowledgeBase,
  docPath: string,
  kind: 'institution' | 'theme',
  problems: Problem[],
  catalogPath: string,
  line: number,
): Attribution[] {
  return ids.map((id) => {
    const entity = kb.get(id);
    if (!entity || entity.kind !== kind) {
      problems.push({ path: catalogPath, line, severity: 'warning', message: `${docPath} is filed under "${id}", which is not a known ${kind} id` });
    }
    return { id, name: entityName(entity, id), source: 'catalog' as const, provenance: 'catalog.yaml' };
  });
}

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
