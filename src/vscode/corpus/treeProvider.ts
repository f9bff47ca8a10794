/**
 * Data provider of the Corpus tree. It only reads the indexed model: a change of the corpus
 * or of the knowledge base fires one refresh, and the tree rebuilds its groups from memory.
 */
import * as vscode from 'vscode';
import type { FacetKind } from '../../core/corpus/facets';
import { EMPTY_KNOWLEDGE } from '../../core/corpus/entityNames';
import type { LensService } from '../service';
import { childNodes, CorpusNode, rootNodes } from './nodes';
import { toTreeItem } from './treeItems';
import { importRoots, onDidChangePending } from '../import/pendingNodes';

export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly pendingSubscription = onDidChangePending(() => this.refresh());
  /** Documents in the corpus when the roots were last built (decides whether groups open). */
  private total = 0;

  constructor(private readonly service: LensService, private by: FacetKind) {
    this.subscription = service.onDidChange(() => this.refresh());
  }

  get groupBy(): FacetKind {
    return this.by;
  }

  setGroupBy(by: FacetKind): void {
    if (by === this.by) return;
    this.by = by;
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The top-level groups for the current facet, once the corpus is indexed. */
  async roots(): Promise<CorpusNode[]> {
    const corpus = await this.service.ready();
    if (!corpus) return [];
    const roots: CorpusNode[] = rootNodes(corpus, this.by);
    this.total = corpus.model.documents().length;
    return [...roots, ...(await importRoots(this.service))];
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    const kb = this.service.current()?.kb ?? EMPTY_KNOWLEDGE;
    return toTreeItem(node, kb, (p) => this.uri(p), this.total, this.service.current()?.model);
  }

  async getChildren(node?: CorpusNode): Promise<CorpusNode[]> {
    if (!node) return this.roots();
    return childNodes(node);
  }

  private uri(path: string): vscode.Uri {
    try {
      return this.service.uri(path);
    } catch {
      return vscode.Uri.parse('untitled:' + encodeURIComponent(path));
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.pendingSubscription.dispose();
    this.changed.dispose();
  }
}
