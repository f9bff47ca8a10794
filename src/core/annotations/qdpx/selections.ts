/**
 * One PlainTextSelection into annotations on a workspace document. Positions are code points
 * into the source's text; they become UTF-16 offsets there, then offsets in the document
 * (the same text, or the same text with other line endings, or — matched by name only — the
 * nearest occurrence of the selected text). Codings by different users become one annotation
 * per user, since an annotation has one author.
 */
import type { Annotation } from '../types';
import { createTarget } from '../selectors';
import { stableUuid } from '../ids';
import { CodePointIndex } from '../export/codePoints';
import { LfText } from './lineEnds';
import type { QdaSelection } from './project';

/** How to place a selection: the source's text when known, and the document's. */
export interface Placement {
  readonly docPath: string;
  readonly docText: string;
  readonly sourceText?: string;
}

/** A selection's annotations, or why it could not be placed. */
export type SelectionResult = { readonly annotations: Annotation[]; readonly problems: string[] } | { readonly error: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function nearest(text: string, quote: string, near: number): number | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  return best;
}

/** Document offsets `[start, end)` of a selection, or an error. */
export function placeSelection(sel: QdaSelection, p: Placement): { start: number; end: number } | { error: string } {
  if (sel.end <= sel.start) return { error: `empty selection (${sel.start}–${sel.end})` };
  if (p.sourceText === undefined) {
    const cp = new CodePointIndex(p.docText);
    const start = cp.toUtf16(sel.start);
    const end = cp.toUtf16(sel.end);
    return end <= p.docText.length ? { start, end } : { error: `positions ${sel.start}–${sel.end} are past the end of ${p.docPath}` };
  }
  const cp = new CodePointIndex(p.sourceText);
  const s = cp.toUtf16(sel.start);
  const e = cp.toUtf16(sel.end);
  if (e > p.sourceText.length) return { error: `positions ${sel.start}–${sel.end} are past the end of the source text` };
  if (p.sourceText === p.docText) return { start: s, end: e };
  const src = new LfText(p.sourceText);
  const doc = new LfText(p.docText);
  if (src.lf === doc.lf) return { start: doc.fromLf(src.toLf(s)), end: doc.fromLf(src.toLf(e)) };
  const quote = p.sourceText.slice(s, e);
  const at = nearest(p.docText, quote, s) ?? nearest(doc.lf, src.lf.slice(src.toLf(s), src.toLf(e)), src.toLf(s));
  if (at === undefined) return { error: `the selected text is not in ${p.docPath}: ${JSON.stringify(quote.length > 40 ? quote.slice(0, 40) + '…' : quote)}` };
  return p.docText.startsWith(quote, at) ? { start: at, end: at + quote.length } : { start: doc.fromLf(at), end: doc.fromLf(at + src.toLf(e) - src.toLf(s)) };
}

/** What turning a selection into annotations needs to know about the project. */
export interface SelectionContext {
  readonly userName: (guid: string | undefined) => string | undefined;
  readonly codeId: (guid: string) => string | undefined;
  readonly noteText: (guid: string) => string | undefined;
  readonly now: string;
}

/** The annotations of one selection on a placed document. */
export function selectionAnnotations(sel: QdaSelection, p: Placement, ctx: SelectionContext): SelectionResult {
  const place = placeSelection(sel, p);
  if ('error' in place) return place;
  const problems: string[] = [];
  const byUser = new Map<string | undefined, string[]>();
  for (const c of sel.codings) {
    const id = ctx.codeId(c.codeGuid);
    if (id === undefined) { problems.push(`a coding refers to code ${c.codeGuid}, which is not in the codebook`); continue; }
    const who = ctx.userName(c.user ?? sel.user);
    byUser.set(who, [...(byUser.get(who) ?? []), id]);
  }
  if (byUser.size === 0) byUser.set(ctx.userName(sel.user), []);
  const notes = [sel.description, ...sel.noteGuids.map((g) => {
    const t = ctx.noteText(g);
    if (t === undefined) problems.push(`note ${g} of selection ${sel.guid} has no text in the project`);
    return t;
  })].filter((t): t is string => t !== undefined && t.trim() !== '');
  const selectionUser = ctx.userName(sel.user);
  const users = [...byUser.keys()].sort((a, b) => (a === selectionUser ? -1 : b === selectionUser ? 1 : (a ?? '') < (b ?? '') ? -1 : 1));
  const target = createTarget(p.docPath, p.docText, place.start, place.end);
  const created = sel.created ?? ctx.now;
  const annotations = users.map((user, i): Annotation => ({
    id: i === 0 ? (UUID.test(sel.guid) ? sel.guid.toLowerCase() : stableUuid(`qdpx:${sel.guid}`)) : stableUuid(`qdpx:${sel.guid}/${user ?? ''}`),
    target,
    tags: [...new Set(byUser.get(user))],
    ...(i === 0 && notes.length ? { note: notes.join('\n\n') } : {}),
    links: [],
    ...(user !== undefined ? { author: user } : {}),
    created,
    modified: sel.modified ?? created,
    status: 'anchored',
  }));
  return { annotations, problems };
}
