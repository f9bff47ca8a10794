/**
 * Broken annotation files and codebook entries, shown where a researcher will see them: an
 * error notification (once per problem) naming file and line with an "Open File" action, and
 * the Problems panel. The files themselves are never touched.
 */
import * as vscode from 'vscode';
import { ReadOnlyAnnotationsError } from '../../core/annotations/errors';
import { AnnotationFileError } from '../../core/annotations/errors';
import type { Problem } from '../../core/types';
import { toDiagnostic } from '../convert';
import type { WorkspaceFiles } from '../host';

const keyOf = (p: Problem): string => `${p.path}:${p.line ?? ''}:${p.message}`;

export class ProblemReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyLens.annotations');
  private readonly shown = new Set<string>();
  private annotationProblems: Problem[] = [];
  private codebookProblems: Problem[] = [];

  constructor(private readonly files: WorkspaceFiles) {}

  /** Codebook problems: notify about errors once, list all in Problems. */
  report(problems: Problem[]): void {
    this.codebookProblems = problems;
    this.publish();
    for (const p of problems) if (p.severity === 'error') this.notify(p);
  }

  /** Current problems of annotation files (replaces the previous set). */
  setAnnotationProblems(problems: Problem[]): void {
    // A file that was fixed and breaks again in the same way deserves a new notification.
    const current = new Set([...problems, ...this.codebookProblems].map(keyOf));
    for (const k of [...this.shown]) if (!current.has(k)) this.shown.delete(k);
    this.annotationProblems = problems;
    this.publish();
    for (const p of problems) this.notify(p);
  }

  /** Show an error from a command. */
  showError(e: unknown): void {
    if (e instanceof ReadOnlyAnnotationsError || e instanceof AnnotationFileError) {
      this.notify(e.problem, true);
      return;
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('Policy Lens: {0}', e instanceof Error ? e.message : String(e)));
  }

  private notify(p: Problem, always = false): void {
    const key = keyOf(p);
    if (!always && this.shown.has(key)) return;
    this.shown.add(key);
    const open = vscode.l10n.t('Open File');
    const message = p.path.endsWith('.json')
      ? vscode.l10n.t('Annotation file {0} is invalid (line {1}): {2}. Its annotations are read-only until it is fixed.', p.path, (p.line ?? 0) + 1, p.message)
      : vscode.l10n.t('{0}, line {1}: {2}', p.path, (p.line ?? 0) + 1, p.message);
    void vscode.window.showErrorMessage(message, open).then(async (choice) => {
      if (choice !== open) return;
      const line = p.line ?? 0;
      const range = new vscode.Range(line, p.column ?? 0, line, p.column ?? 0);
      await vscode.window.showTextDocument(this.files.uri(p.path), { selection: range });
    });
  }

  private publish(): void {
    this.diagnostics.clear();
    const byPath = new Map<string, Problem[]>();
    for (const p of [...this.annotationProblems, ...this.codebookProblems]) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
    for (const [path, list] of byPath) {
      try {
        this.diagnostics.set(this.files.uri(path), list.map(toDiagnostic));
      } catch {
        // A path outside the workspace cannot be shown; the notification still names it.
      }
    }
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
