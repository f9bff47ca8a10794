/**
 * The small searchable sets beside the documents: entity names (every alias its own item,
 * so a short alias is not drowned by a long one), annotations (label and tags) and tags.
 * They are few, so they live in their own index, rebuilt whenever one of them is set.
 */
import { prepareNames, type PreparedName } from './entityNameMatch';
import { NgramIndex } from './ngramIndex';
import { pinyinOf } from './pinyin';
import { headingSearchText, KIND_ANNOTATION, KIND_ENTITY, KIND_TAG } from './docItems';
import type { SearchAnnotation, SearchEntity } from './searchTypes';

/** Entities, annotations and tags with their own small n-gram index. */
export class MetaItems {
  index = new NgramIndex();
  entities: readonly SearchEntity[] = [];
  annotations: readonly SearchAnnotation[] = [];
  tags: readonly string[] = [];
  /** Entity id → its ordinal in `entities`. */
  readonly entityById = new Map<string, number>();

  setEntities(entities: readonly SearchEntity[]): void {
    this.entities = entities;
    this.entityById.clear();
    this.prepared.clear();
    entities.forEach((e, i) => this.entityById.set(e.id, i));
    this.rebuild();
  }

  private readonly prepared = new Map<string, readonly PreparedName[]>();

  /** An entity's names split for name matching, once per entity set (not per keystroke). */
  preparedNames(entityId: string): readonly PreparedName[] {
    let names = this.prepared.get(entityId);
    if (!names) {
      const plain = this.entities[this.entityById.get(entityId) ?? -1]?.names ?? [];
      // Chinese names are also matched by their pinyin (`xue lan` names 薛澜).
      names = prepareNames([...plain, ...plain.flatMap((n) => pinyinOf(n) ?? [])]);
      this.prepared.set(entityId, names);
    }
    return names;
  }

  setAnnotations(annotations: readonly SearchAnnotation[]): void {
    this.annotations = annotations;
    this.rebuild();
  }

  setTags(tags: readonly string[]): void {
    this.tags = [...new Set(tags.map((t) => t.replace(/^#/, '')))];
    this.rebuild();
  }

  /** The text an item stands for: one entity name, an annotation label, or `#tag`. */
  labelOf(item: number): string {
    const ref = this.index.ref[item];
    switch (this.index.kind[item]) {
      case KIND_ENTITY: return this.entities[ref].names[this.index.group[item]];
      case KIND_ANNOTATION: return this.annotations[ref].label;
      default: return `#${this.tags[ref]}`;
    }
  }

  private rebuild(): void {
    const ix = new NgramIndex();
    this.entities.forEach((e, i) => e.names.forEach((name, k) => ix.addItem(k, KIND_ENTITY, i, headingSearchText(name))));
    this.annotations.forEach((a, i) => ix.addItem(0, KIND_ANNOTATION, i, `${a.label} ${a.tags.join(' ')}`));
    this.tags.forEach((t, i) => ix.addItem(0, KIND_TAG, i, t));
    ix.trim();
    this.index = ix;
  }
}
