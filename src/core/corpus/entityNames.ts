/**
 * Small helpers for naming and resolving knowledge-base entities from the corpus side:
 * a display name for attributions and facets, and resolving a free-text name of a given kind.
 */
import { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity, EntityKind } from '../knowledge/types';

/** The display name of an entity: English, else Chinese, else its id. */
export function entityName(entity: Entity | undefined, id: string): string {
  if (!entity) return id;
  return entity.names.en ?? entity.names.zh ?? id;
}

/**
 * The entity of `kind` that a free-text name (front matter `author: …`) or id refers to,
 * ignoring case and width; undefined when none does or it is of another kind.
 */
export function resolveEntityName(kb: KnowledgeBase, kind: EntityKind, name: string): Entity | undefined {
  const entity = kb.lookup(name);
  return entity?.kind === kind ? entity : undefined;
}

/** A knowledge base with no entities, for callers that have none yet. */
export const EMPTY_KNOWLEDGE = new KnowledgeBase([]);
