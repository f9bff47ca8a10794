/**
 * Owns the indexed corpus for the first workspace folder: loads the knowledge base and the
 * corpus with visible progress, keeps both current through file watchers (one file at a time),
 * publishes problems as diagnostics and tells features when anything changed. Features await
 * `ready()` so activation never waits for indexing.
 */
import * as vscode from 'vscode';
import { publishDiagnostics } from './problemsView';
import { CorpusChange, CorpusModel, corpusOptions } from '../core/corpus/model';
import { CorpusSnapshot, readSnapshot } from '../core/corpus/snapshot';
import { DEFAULT_CATALOG_PATH } from '../core/corpus/catalog';
import { BUILTIN_ENTITIES, ENTITIES_FILE, KnowledgeBase, loadWorkspaceKnowledge, mergeKnowledge } from '../core/knowledge';
import type { CorpusDocument } from '../core/corpus/model';
import type { Problem } from '../core/types';
import { WorkspaceFiles } from './host';

export interface Corpus {
  readonly files: WorkspaceFiles;
  readonly model: CorpusModel;
  /** Replaced when `.policylens/entities.yaml` changes. */
  kb: KnowledgeBase;
}

/** What changed: documents (from the corpus model) or the knowledge base as a whole. */
export type LensChange = CorpusChange | { readonly knowledge: true } | { readonly reset: true };

export type LensState = 'noFolder' | 'indexing' | 'ready' | 'empty' | 'failed';

export class LensService implements vscode.Disposable {
  readonly log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  private readonly changed = new vscode.EventEmitter<LensChange>();
  /** Fires after the corpus or the knowledge base changed (also after a full reindex). */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyLens');
  private readonly disposables: vscode.Disposable[] = [this.log, this.changed, this.diagnostics];
  /**
   * Settles with the first index: features that ask while activation is still registering
   * them wait for it instead of seeing "no corpus".
   */
  private settleFirst!: (corpus: Corpus | undefined) => void;
  private loading: Promise<Corpus | undefined> = new Promise((resolve) => { this.settleFirst = resolve; });
  private loaded: Corpus | undefined;
  private unsubscribe: (() => void) | undefined;
  readonly files: WorkspaceFiles | undefined;

  constructor(readonly context: vscode.ExtensionContext) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.files = folder && new WorkspaceFiles(folder.uri);
  }

  /** The corpus once indexed; undefined without a workspace folder or when loading failed. */
  ready(): Promise<Corpus | undefined> {
    return this.loading;
  }

  /** The corpus if it is already indexed, without waiting. */
  current(): Corpus | undefined {
    return this.loaded;
  }

  /** Begin indexing and watching; returns at once. */
  start(): void {
    this.watch();
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('policyLens.include') || e.affectsConfiguration('policyLens.exclude') ||
          e.affectsConfiguration('policyLens.maxFileSizeKB')) void this.reindex();
    }));
    void this.reindex();
  }

  /** Rebuild everything from the workspace files. */
  reindex(): Promise<Corpus | undefined> {
    if (!this.files) {
      void this.setState('noFolder');
      this.settleFirst(undefined);
      return this.loading;
    }
    const files = this.files;
    this.loading = this.index(files);
    void this.loading.then(this.settleFirst);
    return this.loading;
  }

  private async index(files: WorkspaceFiles): Promise<Corpus | undefined> {
    await this.setState('indexing');
    const started = Date.now();
    try {
      const corpus = await vscode.window.withProgress(
        { location: { viewId: 'policyLens.corpus' }, title: vscode.l10n.t('Indexing policy documents…') },
        () => vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Policy Lens') },
          async (progress) => {
            const kb = await this.loadKnowledge(files);
            const cfg = vscode.workspace.getConfiguration('policyLens', files.root);
            const options = corpusOptions({
              include: cfg.get<string[]>('include'),
              exclude: cfg.get<string[]>('exclude'),
              maxBytes: Math.max(1, cfg.get<number>('maxFileSizeKB', 4096)) * 1024,
            });
            let last = 0;
            const snapshot = await this.readSnapshot();
            const model = await CorpusModel.load(files, kb, options, (done, total) => {
              if (done - last >= 10 || done === total) {
                progress.report({ message: vscode.l10n.t('Indexing {0}/{1}', done, total) });
                last = done;
              }
            }, snapshot);
            return { files, model, kb };
          }),
      );
      this.unsubscribe?.();
      this.unsubscribe = corpus.model.onDidChange((change) => {
        this.publishProblems(corpus);
        this.changed.fire(change);
        this.scheduleSnapshot(corpus.model);
      });
      this.scheduleSnapshot(corpus.model);
      this.loaded = corpus;
      this.publishProblems(corpus);
      const count = corpus.model.documents().length;
      this.log.info(`Indexed ${count} documents (${corpus.model.skipped().length} skipped) in ${Date.now() - started} ms`);
      await this.setState(count ? 'ready' : 'empty');
      this.changed.fire({ reset: true });
      return corpus;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error(`Indexing failed: ${message}`);
      await this.setState('failed');
      void vscode.window.showErrorMessage(vscode.l10n.t('Policy Lens could not index the corpus: {0}', message));
      return undefined;
    }
  }

  private snapshotUri(): vscode.Uri | undefined {
    const dir = this.context.storageUri;
    return dir && vscode.Uri.joinPath(dir, 'corpus-snapshot.json');
  }

  /** What the last session derived from the files, if a usable snapshot is stored. */
  private async readSnapshot(): Promise<CorpusSnapshot | undefined> {
    const uri = this.snapshotUri();
    if (!uri) return undefined;
    try {
      return readSnapshot(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (!(err instanceof vscode.FileSystemError)) this.log.warn(`Corpus snapshot ignored and rebuilt: ${String(err)}`);
      return undefined;
    }
  }

  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;

  /** Store a snapshot of the model a little after the last change (a cache, never required). */
  private scheduleSnapshot(model: CorpusModel): void {
    const uri = this.snapshotUri();
    const dir = this.context.storageUri;
    if (!uri || !dir) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      void (async () => {
        try {
          await vscode.workspace.fs.createDirectory(dir);
          await vscode.workspace.fs.writeFile(uri, model.snapshot());
        } catch (err) {
          this.log.warn(`Could not store the corpus snapshot: ${String(err)}`);
        }
      })();
    }, 3000);
  }

  /** Size and mtime of the entities file as last loaded (undefined: absent). */
  private entitiesStamp: string | undefined;

  private async loadKnowledge(files: WorkspaceFiles): Promise<KnowledgeBase> {
    this.entitiesStamp = await this.stampOf(files, ENTITIES_FILE);
    const workspace = await loadWorkspaceKnowledge(files, ENTITIES_FILE);
    return mergeKnowledge(BUILTIN_ENTITIES, workspace);
  }

  private async stampOf(files: WorkspaceFiles, path: string): Promise<string | undefined> {
    const stat = await files.stat(path);
    return stat && `${stat.size}:${stat.mtime}`;
  }

  /** Re-read `.policylens/entities.yaml` and relink every document's mentions. */
  async reloadKnowledge(): Promise<void> {
    const corpus = await this.loading;
    if (!corpus) return;
    const kb = await this.loadKnowledge(corpus.files);
    corpus.kb = kb;
    corpus.model.setKnowledge(kb);
    this.publishProblems(corpus);
    this.changed.fire({ knowledge: true });
  }

  private watch(): void {
    if (!this.files) return;
    const root = this.files.root;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
    const onFile = (uri: vscode.Uri, deleted: boolean) => void this.fileChanged(uri, deleted);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => onFile(u, false)),
      watcher.onDidChange((u) => onFile(u, false)),
      watcher.onDidDelete((u) => onFile(u, true)),
    );
  }

  private async fileChanged(uri: vscode.Uri, deleted: boolean): Promise<void> {
    const path = this.files?.relative(uri);
    const corpus = this.loaded;
    if (!path || !corpus) return;
    try {
      if (path === ENTITIES_FILE) {
        // A command that wrote the file has reloaded already; the watcher's echo changes nothing.
        if (await this.stampOf(corpus.files, path) !== this.entitiesStamp) await this.reloadKnowledge();
      }
      else if (path === DEFAULT_CATALOG_PATH) await corpus.model.reloadCatalog();
      else if (deleted) corpus.model.remove(path);
      else await corpus.model.update(path);
    } catch (err) {
      this.log.warn(`Could not update ${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The corpus document behind an editor's uri, if it is one. */
  documentFor(uri: vscode.Uri): CorpusDocument | undefined {
    const path = this.files?.relative(uri);
    return path ? this.loaded?.model.get(path) : undefined;
  }

  /** Uri of a workspace-relative path. */
  uri(path: string): vscode.Uri {
    if (!this.files) throw new Error('No workspace folder is open.');
    return this.files.uri(path);
  }

  /**
   * Writes are refused in untrusted workspaces. Callers ask before they ask the user for
   * anything, so nothing typed is lost; the message says why and offers to manage trust.
   */
  canWrite(): boolean {
    if (vscode.workspace.isTrusted) return true;
    const manage = vscode.l10n.t('Manage Workspace Trust');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('This workspace is in Restricted Mode, so Policy Lens only reads it: tags, notes, catalog and entity files cannot be changed until you trust the folder.'),
      manage,
    ).then((choice) => { if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage'); });
    return false;
  }

  /** Show problems of workspace files (documents, catalog, entities) in the Problems panel. */
  publishProblems(corpus: Corpus): void {
    const shown = [...corpus.kb.problems, ...corpus.model.problems().filter((p) => !p.message.startsWith('skipped:'))]
      .filter((p: Problem) => p.severity !== 'info');
    for (const path of publishDiagnostics(this.diagnostics, corpus.files, shown)) {
      this.log.warn(`Problem for a path outside the workspace ignored: ${path}`);
    }
  }

  private async setState(state: LensState): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'policyLens.state', state);
  }

  dispose(): void {
    clearTimeout(this.snapshotTimer);
    this.unsubscribe?.();
    for (const d of this.disposables) d.dispose();
  }
}
