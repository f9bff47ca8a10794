/**
 * The codebook as the editor sees it: loaded from `.policylens/codebook.yaml`, reloaded when
 * that file changes, with problems shown once (and cleared when fixed), keeping the tags last
 * known good while the file is broken, and a way to add a tag that keeps the file's
 * comments. A broken codebook is never rewritten.
 */
import * as vscode from 'vscode';
import { displayLanguage } from '../locale';
import { addTag, CODEBOOK_PATH, defaultTagColor, parseCodebook, type CodebookTag, type ResolvedTag } from '../../core/annotations/codebook';
import type { Problem } from '../../core/types';
import type { WorkspaceFiles } from '../host';

const NEUTRAL = '#8c8c8c';

export class CodebookState implements vscode.Disposable {
  private tagList: readonly ResolvedTag[] = [];
  private problemList: Problem[] = [];
  private lastGood: readonly ResolvedTag[] = [];
  private usingLastGood = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the codebook was (re)loaded. */
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;

  constructor(private readonly files: WorkspaceFiles, private readonly showProblems: (problems: Problem[]) => void) {
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(files.root, CODEBOOK_PATH));
    const reload = () => void this.load();
    this.watcher.onDidChange(reload);
    this.watcher.onDidCreate(reload);
    this.watcher.onDidDelete(reload);
  }

  /** Tags of the codebook, parents before children. */
  tags(): readonly ResolvedTag[] {
    return this.tagList;
  }

  problems(): readonly Problem[] {
    return this.problemList;
  }

  /** The codebook entry for `id` (or one made up for a tag missing from the codebook). */
  tag(id: string): ResolvedTag {
    return this.tagList.find((t) => t.id === id) ?? { id, color: this.colorOf(id), implied: true };
  }

  /** Colour of a tag: its own, else its nearest listed ancestor's, else a default by family. */
  colorOf(id: string | undefined): string {
    if (!id) return NEUTRAL;
    for (let x: string | undefined = id; x; x = x.includes('/') ? x.slice(0, x.lastIndexOf('/')) : undefined) {
      const t = this.tagList.find((c) => c.id === x && !c.implied);
      if (t) return t.color;
    }
    return defaultTagColor(id);
  }

  /** Short display name: the label in the display language, else the last id segment. */
  labelOf(id: string): string {
    const t = this.tagList.find((c) => c.id === id);
    const zh = displayLanguage() === 'zh';
    return (zh ? t?.labelZh ?? t?.label : t?.label ?? t?.labelZh) ?? id.slice(id.lastIndexOf('/') + 1);
  }

  /** The first error of a broken codebook (what the tag picker names), else undefined. */
  firstError(): Problem | undefined {
    return this.problemList.find((p) => p.severity === 'error');
  }

  /** Whether the tags on offer are the last ones known good, because the file is broken now. */
  showsLastGood(): boolean {
    return this.usingLastGood;
  }

  async load(): Promise<void> {
    const text = await this.read();
    const parsed = parseCodebook(CODEBOOK_PATH, text ?? 'version: 1\n');
    const broken = parsed.problems.some((p) => p.severity === 'error');
    // A syntax error leaves no tags at all: keep offering the ones from the last good read.
    this.usingLastGood = broken && parsed.codebook.tags.length === 0 && this.lastGood.length > 0;
    this.tagList = this.usingLastGood ? this.lastGood : parsed.codebook.tags;
    if (!broken) this.lastGood = parsed.codebook.tags;
    this.problemList = parsed.problems;
    // Always, so that fixing the file clears its entries in the Problems panel.
    this.showProblems(parsed.problems);
    this.changed.fire();
  }

  /** Append `tag` to the codebook file (creating it if missing); throws AnnotationFileError on a broken file. */
  async add(tag: CodebookTag): Promise<void> {
    const text = (await this.read()) ?? '';
    const next = addTag(text, tag, CODEBOOK_PATH);
    await this.files.writeFileAtomic(CODEBOOK_PATH, new TextEncoder().encode(next));
    await this.load();
  }

  private async read(): Promise<string | undefined> {
    if (!(await this.files.stat(CODEBOOK_PATH))) return undefined;
    return new TextDecoder('utf-8').decode(await this.files.readFile(CODEBOOK_PATH));
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
