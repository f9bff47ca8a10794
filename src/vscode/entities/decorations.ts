/**
 * Quiet marks under entity mentions in corpus documents: a dotted underline in the
 * `policyLens.mentionForeground` theme colour. Follows the visible editors, re-matches the
 * live text (debounced) while the user types, and obeys `policyLens.mentions.highlight`.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import type { LiveMentions } from './liveMentions';

/** Wait this long after the last keystroke before matching the live text again. */
const TYPING_DEBOUNCE_MS = 300;

export class MentionDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('policyLens.mentionForeground'),
  });
  private readonly disposables: vscode.Disposable[] = [this.type];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly service: LensService, private readonly live: LiveMentions) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors(() => void this.updateAll()),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduled(e.document)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyLens.mentions.highlight')) void this.updateAll();
      }),
      service.onDidChange(() => void this.updateAll()),
    );
    void this.updateAll();
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration('policyLens').get<boolean>('mentions.highlight', true);
  }

  private scheduled(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.update(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** Redraw every visible editor. */
  async updateAll(): Promise<void> {
    const documents = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const d of documents) await this.update(d);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (!editors.length) return;
    const corpus = this.enabled() ? await this.service.ready() : undefined;
    const ranges = corpus ? this.live.ranges(document, corpus).map((m) => m.range) : [];
    for (const editor of editors) editor.setDecorations(this.type, ranges);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** `policyLens.toggleMentionHighlights`: flips the setting where it is currently decided. */
export async function toggleMentionHighlights(): Promise<void> {
  const config = vscode.workspace.getConfiguration('policyLens');
  const inspect = config.inspect<boolean>('mentions.highlight');
  const next = !config.get<boolean>('mentions.highlight', true);
  const target = inspect?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await config.update('mentions.highlight', next, target);
  void vscode.window.setStatusBarMessage(next
    ? vscode.l10n.t('Entity mentions are highlighted.')
    : vscode.l10n.t('Entity mention highlights are off.'), 3000);
}
