/** The knowledge base the rest of the extension queries: entities by id, kind and name. */
import { Problem } from '../types';
import type { NormalizedText } from '../text/normalize';
import { MentionMatcher } from './matcher';
import { entityPatterns, keywordPatterns, matchKey } from './patterns';
import { aliasText, Entity, EntityKind, Mention } from './types';

/** Immutable set of entities with lookups and lazily built matchers. */
export class KnowledgeBase {
  private readonly byId = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  private mentionMatcher?: MentionMatcher;
  private keywordMatcher?: MentionMatcher;
  private memberMap?: Map<string, string[]>;

  /**
   * @param entities the merged entities; with a repeated id the first is kept.
   * @param problems what went wrong while loading the workspace file, for the adapter to show.
   */
  constructor(entities: readonly Entity[], readonly problems: readonly Problem[] = []) {
    for (const e of entities) if (!this.byId.has(e.id)) this.byId.set(e.id, e);
    for (const e of this.byId.values()) {
      for (const name of [e.names.en, e.names.zh, ...e.aliases.map(aliasText)]) {
        if (!name) continue;
        const key = matchKey(name);
        if (key && !this.byName.has(key)) this.byName.set(key, e);
      }
    }
  }

  /** The entity with this id. */
  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Every entity, in load order (built-ins first, then workspace additions). */
  all(): Entity[] {
    return [...this.byId.values()];
  }

  /** Entities of one kind, e.g. all themes for the corpus facets. */
  byKind(kind: EntityKind): Entity[] {
    return this.all().filter((e) => e.kind === kind);
  }

  /** The entity a name or alias refers to, ignoring case and width; ids also resolve. */
  lookup(name: string): Entity | undefined {
    return this.byName.get(matchKey(name)) ?? this.byId.get(name.trim());
  }

  /**
   * Ids of the members of a series or whole (悟道 → 悟道2.0; the 3R principles → Responsive
   * AI…), members of members included, nearest first; empty for an entity that has none.
   */
  membersOf(id: string): string[] {
    if (!this.memberMap) {
      this.memberMap = new Map();
      for (const e of this.byId.values()) {
        if (!e.partOf || e.partOf === e.id) continue;
        const list = this.memberMap.get(e.partOf);
        if (list) list.push(e.id); else this.memberMap.set(e.partOf, [e.id]);
      }
    }
    // Breadth first, so direct members come before members of members; `seen` stops cycles.
    const out: string[] = [];
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      for (const m of this.memberMap.get(queue.shift()!) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        out.push(m);
        queue.push(m);
      }
    }
    return out;
  }

  /** The name to show: the requested language first, then the other, then the id. */
  displayName(entity: Entity, lang: 'en' | 'zh' = 'en'): string {
    const { en, zh } = entity.names;
    return (lang === 'zh' ? zh ?? en : en ?? zh) ?? entity.id;
  }

  /** Matcher for entity names and aliases, built on first use and then reused. */
  get matcher(): MentionMatcher {
    return (this.mentionMatcher ??= new MentionMatcher(entityPatterns(this.all())));
  }

  /** Matcher for theme keywords (hits carry the theme id), built on first use. */
  get themeMatcher(): MentionMatcher {
    return (this.keywordMatcher ??= new MentionMatcher(keywordPatterns(this.all())));
  }

  /**
   * Mentions of entities in `text`, linked leftmost-longest, sorted by start; `norm` is
   * `normalizeForMatch(text)` when the caller already has it.
   */
  findMentions(text: string, norm?: NormalizedText): Mention[] {
    return this.matcher.findMentions(text, norm);
  }
}
