/**
 * Validation of the entity argument of our commands. It may come from a markdown command
 * link (a string id), from a tree item (a node carrying `entityId`) or from a keybinding
 * (nothing: then the mention under the cursor is meant).
 */
import { ENTITY_ID } from '../../core/knowledge/entryFields';
import { isId, isOffset, isSafePath } from '../args';

/** An entity id: the args.ts id shape, or the workspace file's id rule (ids may be Chinese). */
export function isEntityId(a: unknown): a is string {
  return isId(a) || (typeof a === 'string' && a.length <= 200 && ENTITY_ID.test(a));
}

/** The entity id carried by a command argument, or undefined when it has none or a bad one. */
export function entityIdOf(arg: unknown): string | undefined {
  if (isEntityId(arg)) return arg;
  if (arg && typeof arg === 'object' && 'entityId' in arg) {
    const id = (arg as { entityId: unknown }).entityId;
    if (isEntityId(id)) return id;
  }
  return undefined;
}

/** Where a references peek should open: a mention's document and its offset (live text). */
export interface ReferencesAnchor {
  readonly path: string;
  readonly offset: number;
}

/**
 * The anchor a hover link carries with the entity (`{ entityId, path, offset }`), when its
 * path stays in the workspace and its offset is a plain non-negative integer.
 */
export function referencesAnchorOf(arg: unknown): ReferencesAnchor | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { path, offset } = arg as { path?: unknown; offset?: unknown };
  if (!isSafePath(path) || !isOffset(offset)) return undefined;
  return { path, offset };
}

/** The commands our hover cards and tooltips may run; nothing else is trusted. */
export const ENTITY_LINK_COMMANDS = [
  'policyLens.openLocation',
  'policyLens.entities.findReferences',
  'policyLens.entities.openDefinition',
  'policyLens.entities.reveal',
];
