/**
 * Commands of the discussion threads: reply, edit (with save/cancel), delete, resolve and
 * unresolve. Each takes what the Comments UI passes (a CommentReply, a comment or a thread)
 * or, from links, tests and scripts, a plain `{ id, text?, replyId? }`. Writes go through the
 * annotation store, applied to the copy on disk.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { newAnnotationId } from '../../core/annotations/ids';
import { withDeletedReply, withEditedReply, withReply } from '../../core/annotations/replies';
import { isId } from '../args';
import { Discussions, ReplyComment } from './threads';

type Plain = { id: string; text?: string; replyId?: string };
const isPlain = (a: unknown): a is Plain => typeof a === 'object' && a !== null && isId((a as Plain).id) &&
  ((a as Plain).text === undefined || typeof (a as Plain).text === 'string') && ((a as Plain).replyId === undefined || isId((a as Plain).replyId));
const isReply = (a: unknown): a is vscode.CommentReply => typeof a === 'object' && a !== null && 'thread' in a && typeof (a as vscode.CommentReply).text === 'string';
const textOf = (c: ReplyComment): string => (typeof c.body === 'string' ? c.body : c.body.value);

/** Register the discussion commands. */
export function discussionCommands(session: AnnotationsSession, threads: Discussions): vscode.Disposable[] {
  const guard = (): boolean => {
    if (vscode.workspace.isTrusted) return true;
    void vscode.window.showWarningMessage(vscode.l10n.t('Discussions cannot be changed in an untrusted workspace.'));
    return false;
  };
  const write = async (id: string, change: Parameters<typeof session.store.modify>[2]): Promise<boolean> => {
    const a = session.find(id);
    if (!a) return false;
    try {
      await session.store.modify(a.target.source, id, change);
      await threads.rebuild();
      return true;
    } catch (e) {
      session.reportError(e);
      return false;
    }
  };
  const reply = async (arg: unknown): Promise<string | undefined> => {
    if (!guard()) return undefined;
    const target = isPlain(arg) ? session.find(arg.id) : isReply(arg) ? threads.annotationOf(arg.thread) : undefined;
    const text = isPlain(arg) ? arg.text : isReply(arg) ? arg.text : undefined;
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Start a discussion on an annotated passage.'));
      return undefined;
    }
    if (!text?.trim()) return undefined;
    const author = session.currentAuthor();
    const id = newAnnotationId();
    const ok = await write(target.id, (a, now) => withReply(a, { id, ...(author ? { author } : {}), body: text, created: now, modified: now }));
    // A thread the user started with the gutter "+" is VS Code's own: ours replaces it.
    if (ok && isReply(arg) && arg.thread !== threads.thread(target.id)) arg.thread.dispose();
    return ok ? id : undefined;
  };
  const commentOf = (arg: unknown): ReplyComment | undefined => (arg instanceof ReplyComment && arg.contextValue === 'reply' ? arg : undefined);
  const setMode = (c: ReplyComment, mode: vscode.CommentMode): void => {
    c.mode = mode;
    if (c.parent) c.parent.comments = c.parent.comments.map((x) => x);
  };
  const threadId = (arg: unknown): string | undefined => {
    if (isPlain(arg)) return arg.id;
    const t = arg as vscode.CommentThread | undefined;
    return t && 'uri' in t ? threads.annotationOf(t)?.id : undefined;
  };
  const resolve = (resolved: boolean) => async (arg: unknown): Promise<boolean> => {
    const id = threadId(arg);
    if (!id || !guard()) return false;
    return write(id, (a) => (Boolean(a.resolved) === resolved ? a : { ...a, resolved }));
  };
  return [
    vscode.commands.registerCommand('policyLens.discussion.reply', reply),
    vscode.commands.registerCommand('policyLens.discussion.open', async (arg: unknown) => {
      const a = isId(arg) ? session.find(arg) : isPlain(arg) ? session.find(arg.id) : undefined;
      if (!a) return false;
      await vscode.commands.executeCommand('policyLens.openLocation', { path: a.target.source, start: session.spanOf(a)?.start ?? 0, end: session.spanOf(a)?.end ?? 0 });
      return (await threads.open(a)) !== undefined;
    }),
    vscode.commands.registerCommand('policyLens.discussion.edit', (arg: unknown) => {
      const c = commentOf(arg);
      if (c && guard()) setMode(c, vscode.CommentMode.Editing);
    }),
    vscode.commands.registerCommand('policyLens.discussion.cancel', (arg: unknown) => {
      const c = commentOf(arg);
      if (!c) return;
      c.body = new vscode.MarkdownString(c.saved);
      setMode(c, vscode.CommentMode.Preview);
    }),
    vscode.commands.registerCommand('policyLens.discussion.save', async (arg: unknown) => {
      const c = commentOf(arg);
      const plain = isPlain(arg) && arg.replyId && arg.text !== undefined ? arg : undefined;
      const id = c?.annotationId ?? plain?.id;
      const replyId = c?.replyId ?? plain?.replyId;
      const text = c ? textOf(c) : plain?.text;
      if (!id || !replyId || text === undefined || !guard()) return false;
      if (c) c.mode = vscode.CommentMode.Preview;
      return write(id, (a, now) => withEditedReply(a, replyId, text, now));
    }),
    vscode.commands.registerCommand('policyLens.discussion.delete', async (arg: unknown) => {
      const c = commentOf(arg);
      const id = c?.annotationId ?? (isPlain(arg) ? arg.id : undefined);
      const replyId = c?.replyId ?? (isPlain(arg) ? arg.replyId : undefined);
      if (!id || !replyId || !guard()) return false;
      return write(id, (a, now) => withDeletedReply(a, replyId, now));
    }),
    vscode.commands.registerCommand('policyLens.discussion.resolve', resolve(true)),
    vscode.commands.registerCommand('policyLens.discussion.unresolve', resolve(false)),
  ];
}
