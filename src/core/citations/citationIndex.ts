/**
 * The corpus's citations, resolved: what each document cites and what cites it. Extraction
 * is kept per parsed text (a file that did not change is not read again); resolution is
 * redone for the whole corpus when anything changed, which is a few map lookups per
 * citation. Weak 《》 candidates (a newspaper, a book) are kept only when they name a
 * document; self-citations are left out; every other citation is kept, resolved or not.
 */
import { extractCitations } from './extract';
import type { NamedDocument } from './documentKeys';
import { CitationResolver, type EntityLookup } from './resolve';
import { namedMentionCitations, type EntityKinds, type EntityMentionLike } from './namedMentions';
import type { Citation, ResolvedCitation } from './types';

const extracted = new WeakMap<object, readonly Citation[]>();

/** Citations of a parsed text, extracted once per parsed object. */
export function citationsOfParsed(parsed: { readonly text: string }): readonly Citation[] {
  let list = extracted.get(parsed);
  if (!list) {
    const body = bodyStart(parsed.text);
    list = extractCitations(parsed.text).filter((c) => c.start >= body);
    extracted.set(parsed, list);
  }
  return list;
}

/** Where the text after the front matter starts: front matter describes the document (its own title, tags) and cites nothing. */
function bodyStart(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** One document another cites (or is cited by), with how often and which articles. */
export interface CitedDocument {
  readonly path: string;
  readonly count: number;
  readonly articles: readonly string[];
}

/** An instrument cited in the corpus that resolves to no document. */
export interface UnresolvedInstrument {
  /** Its first identity key. */
  readonly key: string;
  /** The most frequent form, e.g. `网络安全法` or `Executive Order 14110`. */
  readonly label: string;
  /** The knowledge-base entity, when it is known there but not in the corpus. */
  readonly entity?: string;
  /** Every form it was cited in, with counts, most frequent first. */
  readonly forms: ReadonlyArray<{ readonly text: string; readonly count: number }>;
  readonly count: number;
  /** Documents citing it, in path order. */
  readonly documents: readonly string[];
}

export class CitationIndex {
  private readonly byPath = new Map<string, ResolvedCitation[]>();
  private readonly incoming = new Map<string, ResolvedCitation[]>();
  private readonly byKey = new Map<string, ResolvedCitation[]>();
  readonly resolver: CitationResolver;

  /** `docs` in path order; `kb` resolves instruments the corpus does not hold. */
  constructor(docs: ReadonlyArray<NamedDocument & { readonly mentions?: readonly EntityMentionLike[] }>, kb?: EntityLookup & Partial<EntityKinds>) {
    this.resolver = new CitationResolver(docs, kb);
    for (const doc of docs) {
      const list: ResolvedCitation[] = [];
      const extracted = citationsOfParsed(doc.parsed);
      const body = bodyStart(doc.parsed.text);
      const named = doc.mentions && kb?.get
        ? namedMentionCitations(doc.mentions.filter((m) => m.start >= body), kb as EntityKinds, extracted) : [];
      const all = named.length ? [...extracted, ...named].sort((a, b) => a.start - b.start) : extracted;
      for (const citation of all) {
        const { target, self } = this.resolver.resolve(citation, doc.path);
        if (self || (!citation.instrument && !target.path)) continue;
        const rc: ResolvedCitation = { path: doc.path, citation, target };
        list.push(rc);
        for (const k of citation.keys) {
          const same = this.byKey.get(k);
          if (same) same.push(rc); else this.byKey.set(k, [rc]);
        }
        if (target.path) {
          const inc = this.incoming.get(target.path);
          if (inc) inc.push(rc); else this.incoming.set(target.path, [rc]);
        }
      }
      this.byPath.set(doc.path, list);
    }
  }

  /** The citations of one document, in text order. */
  of(path: string): readonly ResolvedCitation[] {
    return this.byPath.get(path) ?? [];
  }

  /** Citations in other documents that resolve to `path`, by citing path then position. */
  citing(path: string): readonly ResolvedCitation[] {
    return this.incoming.get(path) ?? [];
  }

  /** Every citation of the corpus, by path then position. */
  all(): ResolvedCitation[] {
    return [...this.byPath.values()].flat();
  }

  /** The citation at `offset` of `path`, if any. */
  at(path: string, offset: number): ResolvedCitation | undefined {
    return this.of(path).find((c) => c.citation.start <= offset && offset <= c.citation.end);
  }

  /** Documents `path` cites, most cited first. */
  cites(path: string): CitedDocument[] {
    return group(this.of(path).filter((c) => c.target.path).map((c) => [c.target.path!, c]));
  }

  /** Documents citing `path`, most citations first. */
  citedBy(path: string): CitedDocument[] {
    return group(this.citing(path).map((c) => [c.path, c]));
  }

  /** Citations anywhere that share a key with `keys` (the same instrument), by path then position. */
  sameInstrument(keys: readonly string[]): ResolvedCitation[] {
    if (keys.length === 1) return (this.byKey.get(keys[0]) ?? []).slice();
    const found = new Set(keys.flatMap((k) => this.byKey.get(k) ?? []));
    return this.all().filter((c) => found.has(c));
  }

  /** Instruments cited but not in the corpus, most cited first. */
  unresolved(): UnresolvedInstrument[] {
    const acc = new Map<string, { forms: Map<string, number>; labels: Map<string, number>; docs: Set<string>; entity?: string; count: number }>();
    for (const c of this.all()) {
      if (c.target.path) continue;
      const key = c.target.entity ? `entity:${c.target.entity}` : c.citation.keys[0];
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { forms: new Map(), labels: new Map(), docs: new Set(), entity: c.target.entity, count: 0 }));
      a.count++;
      a.docs.add(c.path);
      a.forms.set(c.citation.text, (a.forms.get(c.citation.text) ?? 0) + 1);
      a.labels.set(c.citation.label, (a.labels.get(c.citation.label) ?? 0) + 1);
    }
    return [...acc].map(([key, a]) => ({
      key,
      label: byCount(a.labels)[0].text,
      ...(a.entity ? { entity: a.entity } : {}),
      forms: byCount(a.forms),
      count: a.count,
      documents: [...a.docs].sort(),
    })).sort((x, y) => y.count - x.count || x.label.localeCompare(y.label));
  }
}

function byCount(m: Map<string, number>): { text: string; count: number }[] {
  return [...m].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

function group(rows: ReadonlyArray<readonly [string, ResolvedCitation]>): CitedDocument[] {
  const acc = new Map<string, { count: number; articles: Set<string> }>();
  for (const [path, c] of rows) {
    let a = acc.get(path);
    if (!a) acc.set(path, (a = { count: 0, articles: new Set() }));
    a.count++;
    if (c.target.article) a.articles.add(c.target.article);
  }
  return [...acc].map(([path, a]) => ({ path, count: a.count, articles: [...a.articles] }))
    .sort((x, y) => y.count - x.count || x.path.localeCompare(y.path));
}
