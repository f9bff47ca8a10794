/**
 * Writing entities back as YAML, for the "Add entity from selection" command: the new
 * entry is appended to `.policylens/entities.yaml` without touching what is already there.
 */
import { stringify } from 'yaml';
import { Entity } from './types';
import { ENTITIES_FILE, ENTITIES_VERSION, parseEntitiesYaml } from './workspace';

/** Thrown when an entry cannot be appended safely; carries the file and line to show. */
export class EntitiesFileError extends Error {
  constructor(readonly path: string, readonly line: number | undefined, message: string) {
    super(message);
    this.name = 'EntitiesFileError';
  }
}

/** A plain object with only the fields worth writing (empty lists and blanks left out). */
function toPlain(e: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, names: { ...e.names } };
  if (e.aliases.length) out.aliases = e.aliases.map((a) => (typeof a === 'string' ? a : { ...a }));
  // Blank descriptions are left out: the file format rejects empty strings.
  const description = Object.fromEntries(Object.entries(e.description).filter(([, v]) => typeof v === 'string' && v.trim()));
  if (Object.keys(description).length) out.description = description;
  if (e.related.length) out.related = [...e.related];
  if (e.homepage) out.homepage = e.homepage;
  if (e.keywords?.length) out.keywords = [...e.keywords];
  if (e.parent) out.parent = e.parent;
  if (e.jurisdiction?.length) out.jurisdiction = [...e.jurisdiction];
  if (e.partOf) out.partOf = e.partOf;
  return out;
}

/** One entity as a YAML sequence item (`- id: …`), indented to sit under `entities:`. */
export function entityToYaml(entity: Entity, indent = 2): string {
  const body = stringify([toPlain(entity)], { lineWidth: 0 });
  const pad = ' '.repeat(indent);
  return body.split('\n').map((l) => (l ? pad + l : l)).join('\n');
}

/**
 * The file text with `entity` appended to its `entities:` list (or a new file when `text`
 * is undefined). Throws `EntitiesFileError` rather than rewrite a file it cannot parse, one
 * that already defines the id, or one whose `entities:` is not the last block.
 */
export function appendEntity(text: string | undefined, entity: Entity, path: string = ENTITIES_FILE): string {
  if (text === undefined || text.trim() === '') {
    return `version: ${ENTITIES_VERSION}\nentities:\n${entityToYaml(entity)}`;
  }
  const parsed = parseEntitiesYaml(text, path);
  const fatal = parsed.problems.find((p) => p.severity === 'error');
  if (fatal) throw new EntitiesFileError(path, fatal.line, `fix ${path} first: ${fatal.message}`);
  const clash = parsed.patches.find((p) => p.id === entity.id);
  if (clash) throw new EntitiesFileError(path, clash.line, `id "${entity.id}" already exists in ${path}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  const header = lines.findIndex((l) => /^entities\s*:/.test(l));
  let out: string;
  if (header < 0) out = lines.join(eol) + `${eol}entities:${eol}` + entityToYaml(entity).replace(/\n/g, eol);
  else {
    const rest = lines[header].replace(/^entities\s*:\s*/, '').replace(/\s*#.*$/, '');
    if (rest === '[]') lines[header] = 'entities:';
    else if (rest !== '') throw new EntitiesFileError(path, header, `write "entities:" as a block list in ${path} to append to it`);
    const later = lines.slice(header + 1).findIndex((l) => /^[^\s#-]/.test(l));
    if (later >= 0) throw new EntitiesFileError(path, header + 1 + later, `"entities:" must be the last block of ${path} to append to it`);
    // Follow the indentation the file already uses for its items.
    const first = lines.slice(header + 1).map((l) => /^( *)- /.exec(l)).find((m) => m);
    out = lines.join(eol) + eol + entityToYaml(entity, first ? first[1].length : 2).replace(/\n/g, eol);
  }
  const check = parseEntitiesYaml(out, path);
  const broken = check.problems.find((p) => p.severity === 'error');
  if (broken || !check.patches.some((p) => p.id === entity.id)) {
    throw new EntitiesFileError(path, broken?.line, `could not append "${entity.id}" to ${path} safely`);
  }
  return out;
}

/** A fresh id for an entity named `text`, unlike any id in `taken`. */
export function suggestEntityId(text: string, taken: (id: string) => boolean): string {
  const base = text.normalize('NFKC').toLowerCase().trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'entity';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
