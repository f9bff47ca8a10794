/**
 * Entities the corpus talks about that the knowledge base does not know: organisations
 * (issuers recognised by their form, bodies whose short form a text defines), cited
 * instruments (《…》, "the … Act") and defined terms (“…”是指, "'X' means"). Each item keeps
 * how often and where it was found. Any extractor can add to a {@link DiscoveryCollector}
 * (the citation extractor may feed it the instruments it cannot resolve).
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { CorpusDocument } from './document';
import { definedShortForms } from './evidence/orgNames';

export type DiscoveredKind = 'organisation' | 'instrument' | 'term';

/** One place a discovered name was found. */
export interface DiscoveredSource {
  readonly path: string;
  /** Zero-based line. */
  readonly line: number;
  /** How it was found: "issuer", "short form", "citation", "definition". */
  readonly how: string;
}

export interface DiscoveredItem {
  /** Stable key: kind and name, for dismissing. */
  readonly key: string;
  readonly kind: DiscoveredKind;
  readonly name: string;
  /** Times found in all. */
  readonly count: number;
  /** Documents it was found in. */
  readonly documents: number;
  /** The first places it was found (a few per item). */
  readonly sources: readonly DiscoveredSource[];
}

const MAX_SOURCES = 8;

/** The key of a discovered name of a kind. */
export function discoveredKey(kind: DiscoveredKind, name: string): string {
  return `${kind}:${name.normalize('NFKC').toLowerCase()}`;
}

/** Gathers discovered names from any number of extractors. */
export class DiscoveryCollector {
  private readonly items = new Map<string, { kind: DiscoveredKind; name: string; count: number; docs: Set<string>; sources: DiscoveredSource[] }>();

  add(kind: DiscoveredKind, name: string, source: DiscoveredSource): void {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean.length < 2 || clean.length > 80) return;
    const key = discoveredKey(kind, clean);
    let item = this.items.get(key);
    if (!item) this.items.set(key, (item = { kind, name: clean, count: 0, docs: new Set(), sources: [] }));
    item.count++;
    item.docs.add(source.path);
    if (item.sources.length < MAX_SOURCES) item.sources.push(source);
  }

  /** Items the knowledge base does not know and the user has not dismissed, most found first. */
  result(kb: KnowledgeBase, dismissed: ReadonlySet<string> = new Set()): DiscoveredItem[] {
    return [...this.items.entries()]
      .filter(([key, i]) => !dismissed.has(key) && !kb.lookup(i.name))
      .map(([key, i]) => ({ key, kind: i.kind, name: i.name, count: i.count, documents: i.docs.size, sources: i.sources }))
      .sort((a, b) => b.documents - a.documents || b.count - a.count || a.name.localeCompare(b.name));
  }
}

const ZH_CITED = /《([^《》\n]{2,60})》/g;
const EN_CITED = /\b(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,8}(?:Act|Directive|Convention|Treaty|Regulation|Executive Order)(?:\s+(?:of\s+)?\d{4})?)\b/g;
/** "This Regulation", "Council Directive": a reference back or a kind, not a name. */
const GENERIC_CITED = /^(?:(?:This|That|Such|Each|Any|Every|Our|Its|Their|Which|Whose)\s|(?:Council|Commission|Implementing|Delegated|Federal|State|National)\s+(?:Act|Directive|Regulation|Convention)$)/;
const ZH_TERM = /[“"]([^“”"\n]{2,30})[”"](?:，|,)?(?:是指|指的是|系指)/g;
const EN_TERM = /[“"‘']([A-Za-z][\w\s-]{1,40}?)[”"’']\s+(?:means|shall mean|refers to)\b/g;

/** Add one document's organisations, cited instruments and defined terms to `c`. */
export function discoverInDocument(doc: CorpusDocument, c: DiscoveryCollector): void {
  const { text } = doc.parsed;
  const lineOf = (offset: number) => doc.lines.lineOf(offset);
  for (const a of doc.meta.institutions) {
    if (!a.discovered) continue;
    const line = a.evidence?.find((e) => e.line !== undefined)?.line ?? 0;
    c.add('organisation', a.name, { path: doc.path, line, how: 'issuer' });
  }
  const sample = text.length > 300_000 ? text.slice(0, 300_000) : text;
  for (const [short, long] of definedShortForms(sample)) {
    const at = sample.indexOf(short);
    c.add('organisation', long, { path: doc.path, line: lineOf(Math.max(0, at)), how: 'short form' });
  }
  for (const [re, kind, how] of [[ZH_CITED, 'instrument', 'citation'], [EN_CITED, 'instrument', 'citation'], [ZH_TERM, 'term', 'definition'], [EN_TERM, 'term', 'definition']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) {
      const name = m[1].replace(/^(?:The|the)\s+/, '').trim();
      if (re === EN_CITED && GENERIC_CITED.test(name)) continue;
      c.add(kind, name, { path: doc.path, line: lineOf(m.index), how });
    }
  }
}

/** Discovered entities of a whole corpus. */
export function discoverEntities(docs: readonly CorpusDocument[], kb: KnowledgeBase, dismissed?: ReadonlySet<string>): DiscoveredItem[] {
  const c = new DiscoveryCollector();
  for (const d of docs) discoverInDocument(d, c);
  return c.result(kb, dismissed);
}
