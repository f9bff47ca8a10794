/**
 * What a document's own front matter says about it, resolved against the knowledge base.
 * Explicit institution/theme fields are kept even when the knowledge base does not know the
 * name (the author said so); loose fields such as `author`, `source`, `tags` only count when
 * they name a known entity, because they often name a person, a website or a section.
 */
import type { EntityKind } from '../knowledge/types';
import type { Language, Problem } from '../types';
import type { Attribution } from './metadata';
import { dateFromValue } from './dates';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { entityName, resolveEntityName } from './entityNames';
import { DocumentType, isDocumentType } from './evidence/docTypeWords';
import { checkJurisdiction } from './evidence/jurisdictionCodes';

/** Front-matter keys read as institutions; `strict` keys are kept even when unresolved. */
const INSTITUTION_KEYS: ReadonlyArray<[string, boolean]> = [
  ['institution', true], ['institutions', true], ['organization', true], ['organisation', true],
  ['organizations', true], ['author', false], ['authors', false], ['source', false], ['publisher', false],
];
const THEME_KEYS: ReadonlyArray<[string, boolean]> = [['themes', true], ['theme', true], ['tags', false], ['categories', false]];

export interface FrontMatterFacts {
  readonly title?: string;
  readonly date?: string;
  readonly language?: Language;
  readonly institutions: Attribution[];
  readonly themes: Attribution[];
  /** `type:` when it is one of the document types (other values are evidence, not a decision). */
  readonly type?: DocumentType;
  /** `jurisdiction:` when it holds valid codes. */
  readonly jurisdiction?: string[];
  readonly problems: Problem[];
}

/** Read title, date, language, institutions and themes from parsed front matter. */
export function readFrontMatterFacts(path: string, fm: Readonly<Record<string, unknown>> | undefined, kb: KnowledgeBase): FrontMatterFacts {
  const problems: Problem[] = [];
  if (!fm) return { institutions: [], themes: [], problems };
  const lower = new Map(Object.entries(fm).map(([k, v]) => [k.toLowerCase(), v]));
  const title = typeof lower.get('title') === 'string' ? (lower.get('title') as string).trim() || undefined : undefined;
  let date: string | undefined;
  if (lower.has('date')) {
    date = dateFromValue(lower.get('date'));
    if (!date) problems.push({ path, severity: 'warning', message: `front matter \`date\` ${JSON.stringify(String(lower.get('date')))} is not a date I can read` });
  }
  const language = languageOf(lower.get('language') ?? lower.get('lang'));
  const institutions = attributions(path, lower, INSTITUTION_KEYS, 'institution', kb, problems);
  const themes = attributions(path, lower, THEME_KEYS, 'theme', kb, problems);
  const typeValue = lower.get('document_type') ?? lower.get('doctype') ?? lower.get('type');
  const type = isDocumentType(typeValue) ? typeValue : undefined;
  let jurisdiction: string[] | undefined;
  if (lower.has('jurisdiction')) {
    const checked = checkJurisdiction(lower.get('jurisdiction'));
    if ('error' in checked) problems.push({ path, severity: 'warning', message: `front matter: ${checked.error}` });
    else jurisdiction = checked.value;
  }
  return { title, date, language, institutions, themes, type, jurisdiction, problems };
}

function attributions(
  path: string,
  fields: ReadonlyMap<string, unknown>,
  keys: ReadonlyArray<[string, boolean]>,
  kind: EntityKind,
  kb: KnowledgeBase,
  problems: Problem[],
): Attribution[] {
  const out = new Map<string, Attribution>();
  const ignored: string[] = [];
  for (const [key, strict] of keys) {
    for (const name of stringsOf(fields.get(key)).flatMap((v) => splitUnlessKnown(v, kind, kb))) {
      const entity = resolveEntityName(kb, kind, name);
      const provenance = `front matter \`${key}\``;
      if (entity) {
        if (!out.has(entity.id)) out.set(entity.id, { id: entity.id, name: entityName(entity, entity.id), source: 'frontmatter', provenance });
      } else if (strict) {
        const id = name;
        if (!out.has(id)) out.set(id, { id, name, source: 'frontmatter', provenance: `${provenance} (not in the knowledge base)` });
      } else ignored.push(`${key}: ${name}`);
    }
  }
  if (ignored.length > 0 && out.size === 0) {
    problems.push({
      path,
      severity: 'info',
      message: `front matter ${ignored.slice(0, 4).map((s) => `\`${s}\``).join(', ')} names no known ${kind}; ${kind === 'theme' ? 'themes' : 'institutions'} are inferred from the text`,
    });
  }
  return [...out.values()];
}

/** "BAAI, UNDP" names two institutions, unless the whole string is itself a known name. */
function splitUnlessKnown(value: string, kind: EntityKind, kb: KnowledgeBase): string[] {
  if (resolveEntityName(kb, kind, value)) return [value];
  const parts = value.split(/[;,，、；]/).map((s) => s.trim()).filter(Boolean);
  return parts.length > 1 && parts.some((p) => resolveEntityName(kb, kind, p)) ? parts : [value];
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : [])).filter(Boolean);
  return [];
}

function languageOf(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'bilingual') return 'bilingual';
  if (/^zh(?:[-_]|$)|^chinese$|^中文$/.test(v)) return 'zh';
  if (/^en(?:[-_]|$)|^english$/.test(v)) return 'en';
  return undefined;
}
