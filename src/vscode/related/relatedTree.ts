/**
 * The Related view's data: the passage at the cursor (the anchor) and what `findRelated`
 * ranks for it, using annotation links from the annotations feature. Recomputed when the
 * anchor moves, when the index changes, or on refresh.
 */
import * as vscode from 'vscode';
import type { PassageRef, RelatedHit } from '../../core/search';
import type { LensService } from '../service';
import type { SearchService } from '../jump/searchService';
import { relatedItem, snippet } from './relatedItems';

const LIMIT = 30;

export class RelatedTree implements vscode.TreeDataProvider<RelatedHit>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RelatedHit | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private anchorRef: PassageRef | undefined;
  private list: RelatedHit[] = [];
  /** Set by the view owner to show a header or an empty-result message. */
  onMessage: (message: string | undefined) => void = () => undefined;

  constructor(private readonly service: LensService, private readonly search: SearchService) {}

  get anchor(): PassageRef | undefined {
    return this.anchorRef;
  }

  get hits(): readonly RelatedHit[] {
    return this.list;
  }

  /** Show what is related to `ref` (undefined clears the view). */
  setAnchor(ref: PassageRef | undefined): void {
    this.anchorRef = ref;
    this.recompute();
  }

  recompute(): void {
    const ref = this.anchorRef;
    const corpus = this.service.current();
    if (!ref || !corpus || !this.search.isReady) {
      this.list = [];
      this.onMessage(ref && !this.search.isReady ? vscode.l10n.t('Indexing…') : undefined);
      this.changed.fire(undefined);
      return;
    }
    this.list = this.search.related(ref, LIMIT);
    const text = this.search.index.items.byPath.get(ref.path)?.doc?.passages[ref.index]?.text ?? '';
    this.onMessage(this.list.length
      ? vscode.l10n.t('Related to “{0}”', snippet(text, 50))
      : vscode.l10n.t('Nothing related found for “{0}”.', snippet(text, 50)));
    this.changed.fire(undefined);
  }

  /** The rows as the view shows them (label and description), for automation and tests. */
  rows(): { label: string; description: string }[] {
    return this.list.map((h) => {
      const item = this.getTreeItem(h);
      return { label: String(item.label ?? ''), description: String(item.description ?? '') };
    });
  }

  getTreeItem(hit: RelatedHit): vscode.TreeItem {
    return relatedItem(hit, this.service.current(), hit.path === this.anchorRef?.path);
  }

  getChildren(parent?: RelatedHit): RelatedHit[] {
    return parent ? [] : this.list;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
