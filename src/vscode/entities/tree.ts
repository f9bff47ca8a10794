/**
 * The "Entities" view: entity kinds with counts, then the entities the corpus mentions,
 * the documents that mention each and every mention (a click opens it). Entities never
 * mentioned are left out so the view shows what the corpus actually talks about.
 */
import * as vscode from 'vscode';
import { distinctNames } from '../../core/knowledge/distinctNames';
import { passageAround } from '../../core/knowledge/passage';
import { plainPassage } from '../../core/knowledge/plainQuote';
import { mentionCounts } from '../../core/knowledge/references';
import { ENTITY_KINDS, Entity } from '../../core/knowledge/types';
import type { Corpus, LensService } from '../service';
import { mentionsInDocuments } from './countLabels';
import { kindGroupLabel, kindIcon, kindLabel } from './kindLabels';
import { escapeMarkdown as esc } from './markdown';
import { EntityNode, EntityTreeNode, NodeCache } from './treeNodes';
import { discoverEntities, DiscoveredItem } from '../../core/corpus/discovered';
import { discoveredTreeItem } from './discoveredItems';

type Counts = Map<string, { mentions: number; documents: number }>;

export class EntitiesTree implements vscode.TreeDataProvider<EntityTreeNode> {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new NodeCache();
  private counts: Counts | undefined;
  private found: { items: DiscoveredItem[]; kb: object; index: object } | undefined;
  /** Keys of discovered items the user dismissed (set by the owner from workspace state). */
  dismissed: () => ReadonlySet<string> = () => new Set();
  /** Set by the owner to show an empty-state message. */
  onEmpty: (empty: boolean | undefined) => void = () => undefined;

  constructor(private readonly service: LensService) {}

  /** Forget derived data and redraw (after a corpus or knowledge change). */
  refresh(): void {
    this.counts = undefined;
    this.found = undefined;
    this.nodes.clear();
    this.changed.fire(undefined);
  }

  private countsOf(corpus: Corpus): Counts {
    return (this.counts ??= mentionCounts(corpus.model.mentionIndex()));
  }

  /** Discovered entities of the corpus, computed when the view first needs them after a change. */
  discoveredItems(corpus: Corpus): DiscoveredItem[] {
    // Valid while the knowledge base and the corpus are the same (the mention index is rebuilt on any change).
    const index = corpus.model.mentionIndex();
    if (!this.found || this.found.kb !== corpus.kb || this.found.index !== index) {
      this.found = { items: discoverEntities(corpus.model.documents(), corpus.kb, this.dismissed()), kb: corpus.kb, index };
    }
    return this.found.items;
  }

  private mentioned(corpus: Corpus): Entity[] {
    const counts = this.countsOf(corpus);
    return corpus.kb.all().filter((e) => counts.has(e.id));
  }

  /** The node of an entity, when the view shows it (it is mentioned somewhere). */
  async entityNode(id: string): Promise<EntityNode | undefined> {
    const corpus = await this.service.ready();
    const entity = corpus?.kb.get(id);
    if (!corpus || !entity || !this.countsOf(corpus).has(id)) return undefined;
    return this.nodes.entity(entity.kind, id);
  }

  async getChildren(node?: EntityTreeNode): Promise<EntityTreeNode[]> {
    const corpus = await this.service.ready();
    if (!corpus) return [];
    const counts = this.countsOf(corpus);
    if (!node) {
      const present = new Set(this.mentioned(corpus).map((e) => e.kind));
      const discovered = this.discoveredItems(corpus).length > 0;
      this.onEmpty(present.size === 0 && !discovered);
      const kinds: EntityTreeNode[] = ENTITY_KINDS.filter((k) => present.has(k)).map((k) => this.nodes.kind(k));
      return discovered ? [...kinds, this.nodes.discovered()] : kinds;
    }
    switch (node.type) {
      case 'kind':
        return this.mentioned(corpus)
          .filter((e) => e.kind === node.kind)
          .sort((a, b) => counts.get(b.id)!.mentions - counts.get(a.id)!.mentions ||
            corpus.kb.displayName(a).localeCompare(corpus.kb.displayName(b)))
          .map((e) => this.nodes.entity(e.kind, e.id));
      case 'entity':
        return corpus.model.mentionIndex().rankedDocumentsOf(node.entityId)
          .map((x) => this.nodes.doc(node.kind, node.entityId, x.doc.path));
      case 'doc':
        return (corpus.model.get(node.path)?.mentions ?? [])
          .filter((m) => m.entityId === node.entityId)
          .map((m) => this.nodes.mention(node.kind, node.entityId, node.path, m));
      case 'mention':
      case 'discoveredItem':
        return [];
      case 'discovered':
        return this.discoveredItems(corpus).map((i) => this.nodes.discoveredItem(i.key));
    }
  }

  getParent(node: EntityTreeNode): EntityTreeNode | undefined {
    switch (node.type) {
      case 'kind': return undefined;
      case 'entity': return this.nodes.kind(node.kind);
      case 'doc': return this.nodes.entity(node.kind, node.entityId);
      case 'mention': return this.nodes.doc(node.kind, node.entityId, node.path);
      case 'discovered': return undefined;
      case 'discoveredItem': return this.nodes.discovered();
    }
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    const corpus = this.service.current();
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    if (!corpus) return new vscode.TreeItem('…');
    const counts = this.countsOf(corpus);
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindGroupLabel(node.kind), collapsed);
        item.description = String(this.mentioned(corpus).filter((e) => e.kind === node.kind).length);
        item.iconPath = kindIcon(node.kind);
        item.contextValue = 'entityKind';
        return finish(item, node);
      }
      case 'entity': {
        const entity = corpus.kb.get(node.entityId);
        const c = counts.get(node.entityId) ?? { mentions: 0, documents: 0 };
        const label = entity ? corpus.kb.displayName(entity) : node.entityId;
        const others = entity ? distinctNames([entity.names.zh, entity.names.en], [label]) : [];
        const item = new vscode.TreeItem(label, collapsed);
        item.description = [...others, mentionsInDocuments(c.mentions, c.documents)].join(' · ');
        item.iconPath = kindIcon(node.kind);
        item.contextValue = 'entity';
        if (entity) item.tooltip = entityTooltip(entity);
        return finish(item, node);
      }
      case 'doc': {
        const doc = corpus.model.get(node.path);
        const n = doc?.mentions.filter((m) => m.entityId === node.entityId).length ?? 0;
        const item = new vscode.TreeItem(doc?.meta.title || node.path, collapsed);
        item.description = `${node.path} · ${n}`;
        item.resourceUri = this.service.uri(node.path);
        item.tooltip = node.path;
        item.contextValue = 'entityDocument';
        return finish(item, node);
      }
      case 'mention': {
        const doc = corpus.model.get(node.path);
        const m = node.mention;
        const p = plainPassage(doc ? passageAround(doc.parsed.text, m.start, m.end, 40) : { before: '', match: m.text, after: '' });
        const label = p.before + p.match + p.after;
        const item = new vscode.TreeItem({ label, highlights: [[p.before.length, p.before.length + p.match.length]] });
        item.description = doc ? vscode.l10n.t('line {0}', doc.lines.positionAt(m.start).line + 1) : undefined;
        item.command = {
          command: 'policyLens.openLocation',
          title: vscode.l10n.t('Open Mention'),
          arguments: [{ path: node.path, start: m.start, end: m.end, preview: true }],
        };
        item.contextValue = 'entityMention';
        return finish(item, node);
      }
      case 'discovered': {
        const item = new vscode.TreeItem(vscode.l10n.t('Discovered'), collapsed);
        item.description = String(this.discoveredItems(corpus).length);
        item.iconPath = new vscode.ThemeIcon('sparkle');
        item.tooltip = vscode.l10n.t('Names the corpus uses that the knowledge base does not know. Accept adds one to {0}; Dismiss hides it.', '.policylens/entities.yaml');
        item.contextValue = 'discoveredGroup';
        return finish(item, node);
      }
      case 'discoveredItem':
        return finish(discoveredTreeItem(this.discoveredItems(corpus).find((i) => i.key === node.itemKey), node.itemKey, corpus), node);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function finish(item: vscode.TreeItem, node: EntityTreeNode): vscode.TreeItem {
  item.id = node.key;
  return item;
}

function entityTooltip(entity: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const shown = distinctNames([entity.names.en, entity.names.zh]);
  const names = (shown.length ? shown : [entity.id]).map(esc).join(' · ');
  md.appendMarkdown(`**${names}** — _${esc(kindLabel(entity.kind))}_\n\n`);
  md.appendMarkdown(esc(entity.description.en));
  if (entity.description.zh) md.appendMarkdown(`\n\n${esc(entity.description.zh)}`);
  return md;
}
