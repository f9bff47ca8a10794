/**
 * Validation of one `entities:` entry of `.policylens/entities.yaml`. Each field is checked
 * against its YAML node so an error can name the exact line; a bad field rejects only its
 * own entry, never the file.
 */
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import { Alias, ENTITY_KINDS, EntityKind } from './types';

/** A workspace entry: any subset of entity fields, applied over a built-in or added new. */
export interface EntityPatch {
  readonly id: string;
  /** Zero-based line of the entry in the file, for later problems (merge, unknown id). */
  readonly line: number;
  readonly kind?: EntityKind;
  readonly names?: { readonly en?: string; readonly zh?: string };
  /** Replaces the built-in aliases. */
  readonly aliases?: readonly Alias[];
  /** Appended to the built-in (or replaced) aliases. */
  readonly addAliases?: readonly Alias[];
  readonly description?: { readonly en?: string; readonly zh?: string };
  readonly related?: readonly string[];
  readonly homepage?: string;
  readonly keywords?: readonly string[];
  /** Id of the institution this one belongs to. */
  readonly parent?: string;
  /** Jurisdiction codes (CN, CN-SH, US-CA, EU, INT). */
  readonly jurisdiction?: readonly string[];
  /** Id of the series or whole this entity is a member of. */
  readonly partOf?: string;
}

/** An entry-level finding: `error` rejects the entry, `warning` keeps it. */
export interface FieldIssue {
  readonly node: Node | null | undefined;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Ids are stable keys: letters (any script), digits, `.`, `_` and `-`. */
export const ENTITY_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** ISO 3166-1 alpha-2 (CN), ISO 3166-2 for sub-national (CN-SH, US-CA), `EU` or `INT`. */
export const JURISDICTION_CODE = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|EU|INT)$/;

const FIELDS = new Set(['id', 'kind', 'names', 'aliases', 'addAliases', 'description', 'related', 'homepage', 'keywords', 'parent', 'jurisdiction', 'partOf']);

type Sink = (node: Node | null | undefined, message: string) => void;

function str(node: unknown, what: string, bad: Sink): string | undefined {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
  bad(node as Node, `${what} must be a non-empty string`);
  return undefined;
}

function strList(node: unknown, what: string, bad: Sink): string[] | undefined {
  if (!isSeq(node)) { bad(node as Node, `${what} must be a list of strings`); return undefined; }
  const out: string[] = [];
  for (const item of node.items) {
    const s = str(item, `each item of ${what}`, bad);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

function aliasList(node: unknown, what: string, bad: Sink): Alias[] | undefined {
  if (!isSeq(node)) { bad(node as Node, `${what} must be a list`); return undefined; }
  const out: Alias[] = [];
  for (const item of node.items) {
    if (isMap(item)) {
      const text = str(item.get('text', true), `${what}[].text`, bad);
      const cs = item.get('caseSensitive', true);
      if (cs !== undefined && !(isScalar(cs) && typeof cs.value === 'boolean')) {
        bad(cs as Node, `${what}[].caseSensitive must be true or false`);
        return undefined;
      }
      if (text === undefined) return undefined;
      out.push(cs && (cs as { value: boolean }).value ? { text, caseSensitive: true } : text);
      continue;
    }
    const s = str(item, `each item of ${what}`, bad);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

function langMap(node: unknown, what: string, bad: Sink, bare?: 'en'): { en?: string; zh?: string } | undefined {
  if (bare && isScalar(node)) {
    const s = str(node, what, bad);
    return s === undefined ? undefined : { [bare]: s };
  }
  if (!isMap(node)) { bad(node as Node, `${what} must be a map with "en" and/or "zh"`); return undefined; }
  const out: { en?: string; zh?: string } = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'en' && key !== 'zh') { bad(pair.key as Node, `${what} may only have "en" and "zh", not "${key}"`); return undefined; }
    const s = str(pair.value, `${what}.${key}`, bad);
    if (s === undefined) return undefined;
    out[key] = s;
  }
  return out;
}

function entityRef(node: unknown, what: string, bad: Sink): string | undefined {
  const s = str(node, what, bad);
  if (s !== undefined && !ENTITY_ID.test(s)) { bad(node as Node, `${what} must be an entity id, not "${s}"`); return undefined; }
  return s;
}

/** A code or a list of codes; each must look like a jurisdiction code. */
function jurisdictions(node: unknown, bad: Sink): string[] | undefined {
  const list = isScalar(node) ? [str(node, '"jurisdiction"', bad)] : strList(node, '"jurisdiction"', bad);
  if (!list || list.some((c) => c === undefined)) return undefined;
  const items = isSeq(node) ? node.items : [node];
  for (let i = 0; i < list.length; i++) {
    if (!JURISDICTION_CODE.test(list[i]!)) {
      bad(items[i] as Node, `jurisdiction "${list[i]}" must be an ISO 3166 code (CN, CN-SH, US-CA), "EU" or "INT"`);
      return undefined;
    }
  }
  return list as string[];
}

/** Check one entry map; returns the patch (without line) when no error was found. */
export function readEntry(entry: YAMLMap): { patch?: Omit<EntityPatch, 'line'>; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let failed = false;
  const bad: Sink = (node, message) => { failed = true; issues.push({ node, severity: 'error', message }); };
  const idNode = entry.get('id', true);
  const id = idNode === undefined ? (bad(entry, 'entry has no "id"'), undefined) : str(idNode, '"id"', bad);
  if (id !== undefined && !ENTITY_ID.test(id)) bad(idNode, `id "${id}" may contain only letters, digits, ".", "_" and "-"`);
  const patch: Record<string, unknown> = { id };
  for (const pair of entry.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value;
    if (!FIELDS.has(key)) {
      issues.push({ node: pair.key as Node, severity: 'warning', message: `unknown field "${key}" is ignored` });
      continue;
    }
    if (key === 'id') continue;
    if (key === 'kind') {
      const k = str(v, '"kind"', bad);
      if (k !== undefined && !(ENTITY_KINDS as readonly string[]).includes(k)) bad(v as Node, `kind "${k}" is not one of ${ENTITY_KINDS.join(', ')}`);
      else patch.kind = k;
    } else if (key === 'names') patch.names = langMap(v, '"names"', bad);
    else if (key === 'description') patch.description = langMap(v, '"description"', bad, 'en');
    else if (key === 'aliases' || key === 'addAliases') patch[key] = aliasList(v, `"${key}"`, bad);
    else if (key === 'related' || key === 'keywords') patch[key] = strList(v, `"${key}"`, bad);
    else if (key === 'homepage') patch.homepage = str(v, '"homepage"', bad);
    else if (key === 'parent' || key === 'partOf') patch[key] = entityRef(v, `"${key}"`, bad);
    else if (key === 'jurisdiction') patch.jurisdiction = jurisdictions(v, bad);
  }
  return failed ? { issues } : { patch: patch as unknown as Omit<EntityPatch, 'line'>, issues };
}
