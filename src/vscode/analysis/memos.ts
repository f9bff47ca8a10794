/**
 * Memos in the editor: a document's memo is its own Markdown file (opened, created when
 * missing); a code's memo is the `memo` of its codebook entry, edited in an input box and
 * written back with comments and layout kept. Hovers show both (see `memoHover.ts`).
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { documentOfMemo, memoPath, MEMOS_DIR, setTagMemo } from '../../core/annotations/memos';
import { CODEBOOK_PATH } from '../../core/annotations/codebook';
import { isSafePath } from '../args';

/** Open the memo of a document (from an argument, the tree, or the active editor), creating it. */
export async function editDocumentMemo(session: AnnotationsSession, arg: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const path = isSafePath(arg) ? arg : uri ? session.pathOf(uri) : undefined;
  if (!path) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a corpus document to write its memo.'));
    return;
  }
  const memo = memoPath(path);
  if (!(await session.files.stat(memo))) {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Memos cannot be created in an untrusted workspace.'));
      return;
    }
    await session.files.writeFileAtomic(memo, new TextEncoder().encode(`<!-- ${vscode.l10n.t('Memo on {0}', path)} -->\n\n`));
  }
  await vscode.window.showTextDocument(session.files.uri(memo), { preview: false });
}

/** The memo of a document, or undefined. */
export async function readDocumentMemo(session: AnnotationsSession, path: string): Promise<string | undefined> {
  const memo = memoPath(path);
  if (!(await session.files.stat(memo))) return undefined;
  const text = new TextDecoder().decode(await session.files.readFile(memo)).replace(/^<!--[^]*?-->\s*/, '').trim();
  return text || undefined;
}

/** Set a code's memo (picked, or given as an argument) through an input box. */
export async function editCodeMemo(session: AnnotationsSession, arg: unknown): Promise<void> {
  await session.ready;
  const ids = session.codebook.tags().map((t) => t.id);
  const id = typeof arg === 'string' && ids.includes(arg) ? arg : (await vscode.window.showQuickPick(ids, { title: vscode.l10n.t('Memo on which code?') }));
  if (!id) return;
  const current = session.codebook.tag(id).memo ?? '';
  const memo = await vscode.window.showInputBox({
    title: vscode.l10n.t('Memo on {0}', id), value: current,
    prompt: vscode.l10n.t('Markdown. For several paragraphs, edit "memo" in the codebook file.'),
  });
  if (memo === undefined) return;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Memos cannot be changed in an untrusted workspace.'));
    return;
  }
  const text = (await session.files.stat(CODEBOOK_PATH)) ? new TextDecoder().decode(await session.files.readFile(CODEBOOK_PATH)) : '';
  try {
    await session.files.writeFileAtomic(CODEBOOK_PATH, new TextEncoder().encode(setTagMemo(text, id, memo)));
    await session.codebook.load();
  } catch (e) {
    session.reportError(e);
  }
}

/** Markdown of code memos for `tags` (untrusted: the researcher's text, no commands, no HTML). */
export function codeMemosMarkdown(session: AnnotationsSession, tags: readonly string[]): vscode.MarkdownString | undefined {
  const parts = tags.flatMap((t) => {
    const memo = session.codebook.tag(t).memo?.trim();
    return memo ? [`**${t.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}** — ${memo}`] : [];
  });
  if (!parts.length) return undefined;
  const md = new vscode.MarkdownString(parts.join('\n\n'), false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** Every document memo of the workspace, by document path (for Go to…). */
export async function loadDocumentMemos(files: AnnotationsSession['files']): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of await files.listFiles([`${MEMOS_DIR}/**/*.md`], [])) {
    const doc = documentOfMemo(path);
    if (!doc) continue;
    const text = new TextDecoder().decode(await files.readFile(path)).replace(/^<!--[^]*?-->\s*/, '').trim();
    if (text) out.set(doc, text);
  }
  return out;
}
