/**
 * Combining the built-in entities with a workspace file: same id overrides the fields it
 * gives, a new id adds an entity, `disable` removes one. Problems found while merging are
 * reported with the entry's line and kept on the resulting knowledge base.
 */
import { Problem } from '../types';
import { EntityPatch } from './entryFields';
import { KnowledgeBase } from './knowledgeBase';
import { sharedAliases } from './patterns';
import { Entity } from './types';
import { WorkspaceKnowledge } from './workspace';

function overlay(base: Entity, p: EntityPatch): Entity {
  const aliases = [...(p.aliases ?? base.aliases), ...(p.addAliases ?? [])];
  return {
    ...base,
    kind: p.kind ?? base.kind,
    names: { ...base.names, ...p.names },
    aliases,
    description: { ...base.description, ...p.description },
    related: p.related ?? base.related,
    ...(p.homepage !== undefined ? { homepage: p.homepage } : {}),
    ...(p.keywords !== undefined ? { keywords: p.keywords } : {}),
    ...structure(p),
  };
}

/** The hierarchy fields a patch sets (parent, jurisdiction, series membership). */
function structure(p: EntityPatch): Pick<Entity, 'parent' | 'jurisdiction' | 'partOf'> {
  return {
    ...(p.parent !== undefined ? { parent: p.parent } : {}),
    ...(p.jurisdiction !== undefined ? { jurisdiction: p.jurisdiction } : {}),
    ...(p.partOf !== undefined ? { partOf: p.partOf } : {}),
  };
}

function create(p: EntityPatch): Entity | string {
  if (!p.kind) return `new entity "${p.id}" needs a "kind"`;
  if (!p.names?.en && !p.names?.zh) return `new entity "${p.id}" needs "names" with "en" or "zh"`;
  return {
    id: p.id,
    kind: p.kind,
    names: p.names,
    aliases: [...(p.aliases ?? []), ...(p.addAliases ?? [])],
    description: { en: p.description?.en ?? '', ...(p.description?.zh ? { zh: p.description.zh } : {}) },
    related: p.related ?? [],
    ...(p.homepage !== undefined ? { homepage: p.homepage } : {}),
    ...(p.keywords !== undefined ? { keywords: p.keywords } : {}),
    ...structure(p),
  };
}

/** The merged entity list and the problems met, without building a knowledge base. */
export function applyWorkspace(builtin: readonly Entity[], ws: WorkspaceKnowledge): { entities: Entity[]; problems: Problem[] } {
  const problems: Problem[] = [...ws.problems];
  const note = (line: number, severity: Problem['severity'], message: string): void => {
    problems.push({ path: ws.path, severity, message, line });
  };
  const byId = new Map<string, Entity>(builtin.map((e) => [e.id, e]));
  const touched = new Map<string, number>();
  for (const p of ws.patches) {
    const base = byId.get(p.id);
    if (base) byId.set(p.id, overlay(base, p));
    else {
      const made = create(p);
      if (typeof made === 'string') { note(p.line, 'error', `${made}; entry skipped`); continue; }
      byId.set(p.id, made);
    }
    touched.set(p.id, p.line);
  }
  for (const d of ws.disable) {
    if (!byId.delete(d.id)) note(d.line, 'warning', `cannot disable "${d.id}": no such entity`);
    else touched.delete(d.id);
  }
  const entities = [...byId.values()];
  for (const [id, line] of touched) {
    const e = byId.get(id)!;
    for (const r of e.related) {
      if (!byId.has(r)) note(line, 'warning', `"${id}" is related to unknown entity "${r}"`);
    }
    for (const [field, target] of [['parent', e.parent], ['partOf', e.partOf]] as const) {
      if (target === undefined) continue;
      if (!byId.has(target)) note(line, 'warning', `"${id}" has ${field} "${target}", which is no known entity`);
      else if (leadsBack(byId, id, field)) note(line, 'warning', `"${id}" is its own ${field === 'parent' ? 'ancestor' : 'member'} through "${field}"`);
    }
  }
  for (const { key, ids } of sharedAliases(entities)) {
    const mine = ids.filter((id) => touched.has(id));
    if (mine.length > 0) {
      note(touched.get(mine[0])!, 'warning', `"${key}" names both ${ids.map((i) => `"${i}"`).join(' and ')}; only "${ids[0]}" will be linked`);
    }
  }
  return { entities, problems };
}

/** Whether following `field` from `id` comes back to `id` (a cycle the user wrote). */
function leadsBack(byId: ReadonlyMap<string, Entity>, id: string, field: 'parent' | 'partOf'): boolean {
  const seen = new Set<string>();
  for (let cur = byId.get(id)?.[field]; cur !== undefined; cur = byId.get(cur)?.[field]) {
    if (cur === id) return true;
    if (seen.has(cur)) return false;
    seen.add(cur);
  }
  return false;
}

/** The knowledge base for a workspace: built-ins with the workspace file applied, if any. */
export function mergeKnowledge(builtin: readonly Entity[], workspace?: WorkspaceKnowledge): KnowledgeBase {
  if (!workspace) return new KnowledgeBase(builtin);
  const { entities, problems } = applyWorkspace(builtin, workspace);
  return new KnowledgeBase(entities, problems);
}
