/**
 * The annotations feature's "statement to link" picker, backed by the search index: a
 * typo-tolerant quick pick over passages and headings of the whole corpus, 50 rows at a time.
 */
import * as vscode from 'vscode';
import type { AnnotationLink } from '../../core/annotations/types';
import type { LensService } from '../service';
import { toItems, type JumpItem } from './jumpItems';
import { searchServiceOf } from './searchService';

/** A passage (or heading) chosen by the user, as a link target; undefined when cancelled. */
export async function pickStatementWithSearch(service: LensService): Promise<AnnotationLink['target'] | undefined> {
  const search = searchServiceOf(service);
  const corpus = await service.ready();
  if (!search || !corpus) return undefined;
  const qp = vscode.window.createQuickPick<JumpItem>();
  qp.title = vscode.l10n.t('Choose the statement to link');
  qp.placeholder = vscode.l10n.t('Search passages of the corpus (typos are fine)');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  (qp as { sortByLabel?: boolean }).sortByLabel = false;
  const refresh = (): void => {
    qp.busy = !search.isReady;
    qp.items = qp.value.trim() && search.isReady
      ? toItems(search.query(qp.value, { limit: 50, kinds: ['passage', 'heading'] }).hits, service.current())
      : [];
  };
  const picked = await new Promise<JumpItem | undefined>((resolve) => {
    const subs = [
      qp.onDidChangeValue(refresh),
      search.onDidUpdate(refresh),
      qp.onDidAccept(() => { const item = qp.activeItems[0]; if (item?.hit) { resolve(item); qp.hide(); } }),
      qp.onDidHide(() => { resolve(undefined); subs.forEach((d) => d.dispose()); qp.dispose(); }),
    ];
    refresh();
    qp.show();
  });
  const hit = picked?.hit;
  const doc = hit?.path ? corpus.model.get(hit.path) : undefined;
  if (!hit?.span || !doc) return undefined;
  // Link the whole passage (or heading) the row stands for, not just the hit window.
  const whole = hit.kind === 'heading' ? hit.span
    : doc.parsed.passages.find((p) => p.span.start <= hit.span!.start && hit.span!.end <= p.span.end)?.span ?? hit.span;
  return { path: doc.path, start: whole.start, end: whole.end, quote: doc.parsed.text.slice(whole.start, whole.end) };
}
