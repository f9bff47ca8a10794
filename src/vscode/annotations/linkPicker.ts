/**
 * The "statement to link" step. Before anything is typed it already suggests targets: the
 * translation of the annotated passage and the statements the Related view would show for
 * it (`findRelated`, which also pairs translations); typing searches the whole corpus with the
 * jump index (typo-tolerant). Without a search index the other passages of the same document
 * are offered. The chosen row becomes a link to its whole passage (or heading).
 */
import * as vscode from 'vscode';
import { passageAt } from '../../core/search/mentionIndex';
import type { AnnotationLink } from '../../core/annotations/types';
import { createLinkTarget } from '../../core/annotations/selectors';
import type { Span } from '../../core/types';
import type { Corpus } from '../service';
import { toItems, type JumpItem } from '../jump/jumpItems';
import { searchServiceOf, type SearchService } from '../jump/searchService';
import { reasonText } from '../related/relatedItems';
import { preview } from './labels';
import type { AnnotationsSession } from './session';

const SUGGESTIONS = 12;
const SEARCH_ROWS = 50;

interface TargetItem extends vscode.QuickPickItem {
  readonly path?: string;
  readonly span?: Span;
  readonly heading?: boolean;
}

/** The passage being annotated (or whose links are edited). */
export interface LinkSource {
  readonly path: string;
  readonly span: Span;
}

function where(corpus: Corpus, path: string, offset: number): string {
  const line = corpus.model.get(path)?.lines.lineOf(offset);
  return line === undefined ? path : `${path}:${line + 1}`;
}

/** Related statements (translation first by score) of the source passage, as rows. */
function suggestions(search: SearchService | undefined, corpus: Corpus, from: LinkSource | undefined): TargetItem[] {
  if (!from) return [];
  if (search?.isReady) {
    const doc = search.index.items.byPath.get(from.path)?.doc;
    const index = doc ? passageAt(doc.passages, from.span.start) : -1;
    if (index < 0) return [];
    const hits = search.related({ path: from.path, index }, SUGGESTIONS);
    if (!hits.length) return [];
    return [
      { label: vscode.l10n.t('Suggested: related statements'), kind: vscode.QuickPickItemKind.Separator },
      ...hits.map((h): TargetItem => ({
        label: `$(${h.reasons.includes('translation') ? 'globe' : 'symbol-text'}) ${preview(h.text, 90)}`,
        description: where(corpus, h.path, h.span.start),
        detail: h.reasons.map(reasonText).join(' · '),
        path: h.path,
        span: h.span,
        alwaysShow: true,
      })),
    ];
  }
  // No index yet: the other passages of the same document (often its other language).
  const doc = corpus.model.get(from.path);
  const others = (doc?.parsed.passages ?? []).filter((p) => p.span.end <= from.span.start || p.span.start >= from.span.end).slice(0, 200);
  if (!others.length) return [];
  return [
    { label: vscode.l10n.t('Passages of this document'), kind: vscode.QuickPickItemKind.Separator },
    ...others.map((p): TargetItem => ({ label: preview(doc!.parsed.text.slice(p.span.start, p.span.end), 90), description: where(corpus, from.path, p.span.start), path: from.path, span: p.span })),
  ];
}

function searchRows(search: SearchService, corpus: Corpus, value: string): TargetItem[] {
  return toItems(search.query(value, { limit: SEARCH_ROWS, kinds: ['passage', 'heading'] }).hits, corpus).map((i: JumpItem): TargetItem => ({
    ...i,
    ...(i.hit?.path && i.hit.span ? { path: i.hit.path, span: i.hit.span, heading: i.hit.kind === 'heading' } : {}),
  }));
}

/** A passage (or heading) to link to; undefined when the user cancels. */
export async function pickLinkTarget(session: AnnotationsSession, from?: LinkSource): Promise<AnnotationLink['target'] | undefined> {
  const corpus = await session.service.ready();
  if (!corpus) return undefined;
  const search = searchServiceOf(session.service);
  const qp = vscode.window.createQuickPick<TargetItem>();
  qp.title = vscode.l10n.t('Statement to link');
  qp.placeholder = vscode.l10n.t('Pick a suggestion or type to search the corpus (typos are fine)');
  qp.matchOnDescription = true;
  (qp as { sortByLabel?: boolean }).sortByLabel = false;
  const refresh = (): void => {
    const value = qp.value.trim();
    qp.busy = !!search && !search.isReady;
    qp.items = value && search?.isReady ? searchRows(search, corpus, value) : suggestions(search, corpus, from);
  };
  const picked = await new Promise<TargetItem | undefined>((resolve) => {
    const subs = [
      qp.onDidChangeValue(refresh),
      ...(search ? [search.onDidUpdate(refresh)] : []),
      qp.onDidAccept(() => {
        const item = qp.activeItems[0];
        if (item?.path && item.span) {
          resolve(item);
          qp.hide();
        }
      }),
      qp.onDidHide(() => { resolve(undefined); subs.forEach((d) => d.dispose()); qp.dispose(); }),
    ];
    refresh();
    qp.show();
  });
  const doc = picked?.path ? corpus.model.get(picked.path) : undefined;
  if (!picked?.span || !doc) return undefined;
  const s = picked.span;
  // Link the whole passage (or heading) the row stands for, not just the hit window.
  const whole = picked.heading ? s : doc.parsed.passages.find((p) => p.span.start <= s.start && s.end <= p.span.end)?.span ?? s;
  return createLinkTarget(doc.path, doc.parsed.text, whole.start, whole.end);
}
