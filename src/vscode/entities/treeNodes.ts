/** The node shapes of the entities view: kind → entity → document → mention. */
import type { EntityKind, Mention } from '../../core/knowledge/types';

export interface KindNode { readonly type: 'kind'; readonly key: string; readonly kind: EntityKind }
export interface EntityNode { readonly type: 'entity'; readonly key: string; readonly kind: EntityKind; readonly entityId: string }
export interface DocNode { readonly type: 'doc'; readonly key: string; readonly kind: EntityKind; readonly entityId: string; readonly path: string }
export interface MentionNode {
  readonly type: 'mention';
  readonly key: string;
  readonly kind: EntityKind;
  readonly entityId: string;
  readonly path: string;
  readonly mention: Mention;
}

/** The "Discovered" group: names the corpus uses that the knowledge base does not know. */
export interface DiscoveredGroupNode { readonly type: 'discovered'; readonly key: string }
export interface DiscoveredItemNode { readonly type: 'discoveredItem'; readonly key: string; readonly itemKey: string }

export type EntityTreeNode = KindNode | EntityNode | DocNode | MentionNode | DiscoveredGroupNode | DiscoveredItemNode;

/**
 * Hands out one object per key until `clear()`, so `TreeView.reveal` and `getParent`
 * see the very objects `getChildren` returned.
 */
export class NodeCache {
  private readonly nodes = new Map<string, EntityTreeNode>();

  clear(): void {
    this.nodes.clear();
  }

  kind(kind: EntityKind): KindNode {
    return this.get(`k/${kind}`, (key) => ({ type: 'kind', key, kind }));
  }

  entity(kind: EntityKind, entityId: string): EntityNode {
    return this.get(`e/${entityId}`, (key) => ({ type: 'entity', key, kind, entityId }));
  }

  doc(kind: EntityKind, entityId: string, path: string): DocNode {
    return this.get(`d/${entityId}/${path}`, (key) => ({ type: 'doc', key, kind, entityId, path }));
  }

  mention(kind: EntityKind, entityId: string, path: string, mention: Mention): MentionNode {
    return this.get(`m/${entityId}/${mention.start}/${path}`, (key) => ({ type: 'mention', key, kind, entityId, path, mention }));
  }

  discovered(): DiscoveredGroupNode {
    return this.get('x/', (key) => ({ type: 'discovered', key }));
  }

  discoveredItem(itemKey: string): DiscoveredItemNode {
    return this.get(`x/${itemKey}`, (key) => ({ type: 'discoveredItem', key, itemKey }));
  }

  private get<T extends EntityTreeNode>(key: string, make: (key: string) => T): T {
    let node = this.nodes.get(key) as T | undefined;
    if (!node) this.nodes.set(key, (node = make(key)));
    return node;
  }
}
