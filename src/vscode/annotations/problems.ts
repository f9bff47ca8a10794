/**
 * Broken annotation files and codebook entries, shown where a researcher will see them: ONE
 * error notification per broken file (naming the first error's line, with an "Open File"
 * action) and every problem in the Problems panel. Fixing a file clears its entries; breaking
 * it again announces it again. The files themselves are never touched.
 */
import * as vscode from 'vscode';
import { publishDiagnostics, showErrorWithOpen } from '../problemsView';
import { ReadOnlyAnnotationsError } from '../../core/annotations/errors';
import { AnnotationFileError } from '../../core/annotations/errors';
import { notificationKey, summarizeByFile, type FileProblemSummary } from '../../core/annotations/problemSummary';
import type { Problem } from '../../core/types';
import type { WorkspaceFiles } from '../host';

export class ProblemReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyLens.annotations');
  /** Notification keys of the broken states already announced (and still broken). */
  private shown = new Set<string>();
  private annotationProblems: Problem[] = [];
  private codebookProblems: Problem[] = [];

  constructor(private readonly files: WorkspaceFiles) {}

  /** Current problems of the codebook (replaces the previous set; empty clears them). */
  report(problems: readonly Problem[]): void {
    this.codebookProblems = [...problems];
    this.update();
  }

  /** Current problems of annotation files (replaces the previous set). */
  setAnnotationProblems(problems: readonly Problem[]): void {
    this.annotationProblems = [...problems];
    this.update();
  }

  /** Every problem currently listed in the Problems panel (for tests and the tag picker). */
  current(): Problem[] {
    return [...this.annotationProblems, ...this.codebookProblems];
  }

  /** Show an error from a command. */
  showError(e: unknown): void {
    if (e instanceof ReadOnlyAnnotationsError || e instanceof AnnotationFileError) {
      this.notify({ path: e.problem.path, first: e.problem, errors: 1, total: 1 });
      return;
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('Policy Lens: {0}', e instanceof Error ? e.message : String(e)));
  }

  private update(): void {
    this.publish();
    const next = new Set<string>();
    for (const s of summarizeByFile(this.current())) {
      if (!s.errors) continue;
      const key = notificationKey(s);
      next.add(key);
      if (!this.shown.has(key)) this.notify(s);
    }
    // Forget fixed files, so breaking one again deserves a new notification.
    this.shown = next;
  }

  private notify(s: FileProblemSummary): void {
    const p = s.first;
    const line = (p.line ?? 0) + 1;
    const more = s.total - 1;
    let message = p.path.endsWith('.json')
      ? vscode.l10n.t('Annotation file {0} is invalid (line {1}): {2}. Its annotations are read-only until it is fixed.', p.path, line, p.message)
      : vscode.l10n.t('{0}, line {1}: {2}', p.path, line, p.message);
    if (more === 1) message += ' ' + vscode.l10n.t('(1 more problem in the Problems panel)');
    else if (more > 1) message += ' ' + vscode.l10n.t('({0} more problems in the Problems panel)', more);
    void this.withOpen(message, p);
  }

  private withOpen(message: string, p: Problem): Promise<void> {
    return showErrorWithOpen(message, this.files.uri(p.path), p);
  }

  private publish(): void {
    // A path outside the workspace cannot be shown; the notification still names it.
    publishDiagnostics(this.diagnostics, this.files, this.current());
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
