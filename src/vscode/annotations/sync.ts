/**
 * Keeps annotations in step with their documents: ranges follow typing in the editor; saving,
 * reverting or an outside change re-anchors and persists; annotation files changed outside
 * (git pull, another window) are re-read.
 */
import * as vscode from 'vscode';
import { ANNOTATIONS_DIR, documentOfAnnotationFile } from '../../core/annotations/store';
import type { AnnotationsSession } from './session';

/** Register the listeners; returns their disposables. */
export function syncAnnotations(session: AnnotationsSession): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(session.files.root, `${ANNOTATIONS_DIR}/**/*.json`));
  const reload = (uri: vscode.Uri) => {
    const rel = session.files.relative(uri);
    const doc = rel && documentOfAnnotationFile(rel);
    if (doc) void session.ready.then(() => session.store.reload(doc)).catch((e) => session.service.log.warn(`reload ${doc}: ${String(e)}`));
  };
  return [
    watcher,
    watcher.onDidCreate(reload),
    watcher.onDidChange(reload),
    watcher.onDidDelete(reload),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return;
      const path = session.pathOf(e.document.uri);
      if (!path) return;
      session.applyLiveEdits(path, e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })));
      // Not dirty after a change: reverted, or reloaded from disk. Either way the text is the file's.
      if (!e.document.isDirty) void session.reanchor(path);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const path = session.pathOf(doc.uri);
      if (!path) return;
      session.forgetLive(path);
      void session.reanchor(path);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      const path = session.pathOf(doc.uri);
      if (path) void session.reanchor(path);
    }),
    session.service.onDidChange((change) => {
      void session.ready.then(async () => {
        if ('changed' in change) {
          for (const path of [...change.added, ...change.changed]) await session.reanchor(path);
        } else if ('reset' in change) {
          for (const path of new Set(session.all().map((a) => a.target.source))) await session.reanchor(path);
        }
      });
    }),
  ];
}
