/**
 * Discussion threads on annotations with VS Code's Comments API. The threads are a view of
 * the annotation files: rebuilt from them on activation and on every change (updated in
 * place, never duplicated), with the annotation itself as the first comment and its replies
 * after it. Menus are gated on `contextValue` (`reply`, `annotation`; threads `resolved` or
 * `unresolved`).
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import type { Annotation, Reply } from '../../core/annotations/types';
import { visibleReplies } from '../../core/annotations/replies';
import { toEditorRange } from '../convert';

/** A comment standing for one reply (or for the annotation itself). */
export class ReplyComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  /** The text before an edit started, to restore on cancel. */
  saved: string;

  constructor(readonly annotationId: string, readonly replyId: string | undefined, text: string, readonly author: vscode.CommentAuthorInformation, readonly timestamp: Date, readonly contextValue: 'reply' | 'annotation', public parent?: vscode.CommentThread) {
    this.body = markdown(text);
    this.saved = text;
  }
}

function markdown(text: string): vscode.MarkdownString {
  // The researchers' own text: no HTML, no command links.
  const md = new vscode.MarkdownString(text, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

const who = (name: string | undefined): vscode.CommentAuthorInformation => ({ name: name ?? vscode.l10n.t('unknown author') });

/** Keeps one thread per discussed annotation in step with the annotation files. */
export class Discussions implements vscode.Disposable {
  readonly controller = vscode.comments.createCommentController('policyLens.discussions', vscode.l10n.t('Policy Lens discussions'));
  private readonly threads = new Map<string, vscode.CommentThread>();
  /** Annotations whose thread was opened for a first reply (kept even without replies). */
  private readonly opened = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly session: AnnotationsSession) {
    this.controller.options = { prompt: vscode.l10n.t('Reply to this annotation…'), placeHolder: vscode.l10n.t('Markdown') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => {
        const path = session.pathOf(doc.uri);
        if (!path || !vscode.workspace.isTrusted) return [];
        return session.store.get(path).flatMap((a) => {
          const span = session.spanOf(a);
          return span ? [toEditorRange(doc, span)] : [];
        });
      },
    };
    this.disposables.push(this.controller, session.onDidChange(() => void this.rebuild()), vscode.workspace.onDidOpenTextDocument(() => void this.rebuild()));
    void session.ready.then(() => this.rebuild());
  }

  /** The thread of an annotation, if it has one now. */
  thread(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id);
  }

  /** Show (creating when needed) the thread of an annotation, expanded. */
  async open(a: Annotation): Promise<vscode.CommentThread | undefined> {
    this.opened.add(a.id);
    await this.rebuild();
    const t = this.threads.get(a.id);
    if (t) t.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return t;
  }

  /** Rebuild every thread from the annotations now. */
  async rebuild(): Promise<void> {
    const keep = new Set<string>();
    for (const a of this.session.all()) {
      const replies = visibleReplies(a);
      const span = this.session.spanOf(a);
      if (!span || (replies.length === 0 && !this.opened.has(a.id) && !a.resolved)) continue;
      const uri = this.session.files.uri(a.target.source);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined));
      if (!doc) continue;
      keep.add(a.id);
      const range = toEditorRange(doc, span);
      let t = this.threads.get(a.id);
      if (!t) {
        t = this.controller.createCommentThread(uri, range, []);
        this.threads.set(a.id, t);
      } else if (!t.range || !t.range.isEqual(range)) t.range = range;
      this.fill(t, a, replies);
    }
    for (const [id, t] of this.threads) if (!keep.has(id)) { t.dispose(); this.threads.delete(id); }
  }

  private fill(t: vscode.CommentThread, a: Annotation, replies: readonly Reply[]): void {
    const editing = new Map(t.comments.filter((c): c is ReplyComment => c instanceof ReplyComment && c.mode === vscode.CommentMode.Editing).map((c) => [c.replyId, c]));
    const head = new ReplyComment(a.id, undefined, [a.tags.length ? `\`${a.tags.join('` `')}\`` : '', a.note ?? `“${a.target.selector[0].exact}”`].filter(Boolean).join('\n\n'), who(a.author), new Date(a.created), 'annotation', t);
    t.comments = [head, ...replies.map((r) => editing.get(r.id) ?? new ReplyComment(a.id, r.id, r.body, who(r.author), new Date(r.modified), 'reply', t))];
    t.label = a.tags.join(', ') || vscode.l10n.t('Annotation');
    t.state = a.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    t.contextValue = a.resolved ? 'resolved' : 'unresolved';
    t.canReply = vscode.workspace.isTrusted && !this.session.store.isReadOnly(a.target.source);
  }

  /** The annotation a thread belongs to (by the range a user started it on, for a new thread). */
  annotationOf(thread: vscode.CommentThread): Annotation | undefined {
    for (const [id, t] of this.threads) if (t === thread) return this.session.find(id);
    const path = this.session.pathOf(thread.uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === thread.uri.toString());
    if (!path || !doc || !thread.range) return undefined;
    return this.session.at(path, doc.offsetAt(thread.range.start)).find((a) => {
      const s = this.session.spanOf(a);
      return s !== undefined && s.start <= doc.offsetAt(thread.range!.start) && doc.offsetAt(thread.range!.end) <= s.end;
    });
  }

  dispose(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
    for (const d of this.disposables) d.dispose();
  }
}
