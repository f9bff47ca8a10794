/**
 * "Policy Lens: Go to…": one quick pick over the whole corpus. Every keystroke asks the
 * search index for the best 50 rows (the box never holds the corpus); VS Code's own
 * filtering and sorting are turned off so the engine's ranking stands, typo-tolerant rows
 * included. Moving through rows previews them (setting `policyLens.jump.preview`), and
 * Escape returns to where the user was.
 */
import * as vscode from 'vscode';
import type { JumpHit } from '../../core/search';
import { parseGoToArgs, type GoToResult } from '../../core/search/goToArgs';
import type { LensService } from '../service';
import { DEFINITION_BUTTON, helpItems, REVEAL_BUTTON, toItems, type JumpItem } from './jumpItems';
import { acceptHit, captureOrigin, restoreOrigin, showHit } from './openHit';
import type { SearchService } from './searchService';
import { PickGate, type GatedPick } from './pickGate';

const LIMIT = 50;

/** One Go to… pick at a time: a new one waits until the previous one has put the editor back. */
const gate = new PickGate<GoToResult | undefined>();

/** Run the command; with `{ accept: true }` resolves to the row taken (else undefined). */
export function goTo(service: LensService, search: SearchService, arg: unknown): Promise<GoToResult | undefined> {
  const args = parseGoToArgs(arg);
  if (!args) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Go to… was called with an invalid argument.'));
    return Promise.resolve(undefined);
  }
  // A scripted `{ accept: true }` call always gets its own pick and its own answer.
  return gate.run(args.query, (closed) => openPick(service, search, args, closed), !args.accept);
}

function openPick(service: LensService, search: SearchService, args: NonNullable<ReturnType<typeof parseGoToArgs>>, closed: (settled: Promise<unknown>) => void): GatedPick<GoToResult | undefined> {
  const qp = vscode.window.createQuickPick<JumpItem>();
  qp.title = vscode.l10n.t('Policy Lens: Go to…');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  // Public in the extension host but missing from the typings: keep our order, not VS Code's.
  (qp as { sortByLabel?: boolean }).sortByLabel = false;
  qp.keepScrollPosition = false;
  const placeholder = vscode.l10n.t('Search the corpus (typos are fine) — @ entities · # tags · > headings · ! annotations');
  const origin = captureOrigin();
  const previewOn = vscode.workspace.getConfiguration('policyLens.jump').get<boolean>('preview', true);
  let previewed: vscode.Uri | undefined;
  let accepted = false;
  let lastMs = 0;
  const disposables: vscode.Disposable[] = [qp];

  const refresh = (): void => {
    if (!search.isReady) {
      qp.busy = true;
      qp.placeholder = vscode.l10n.t('Indexing… results appear as soon as the corpus is read');
      qp.items = qp.value.trim() ? [] : helpItems(service.current());
      return;
    }
    qp.busy = false;
    qp.placeholder = placeholder;
    if (!qp.value.trim()) {
      qp.items = helpItems(service.current());
      return;
    }
    const { hits, ms } = search.query(qp.value, { limit: LIMIT, ...(args.kind ? { kinds: [args.kind] } : {}) });
    lastMs = ms;
    qp.items = hits.length ? toItems(hits, service.current())
      : [{ label: vscode.l10n.t('No matches. Try fewer words, or another language.'), alwaysShow: true }];
  };

  const result = new Promise<GoToResult | undefined>((resolve) => {
    const finish = async (hit: JumpHit | undefined): Promise<void> => {
      accepted = true;
      closed(Promise.resolve()); // taken: the next Go to… opens a new pick, it does not reuse this one
      qp.hide();
      if (!hit) { resolve(undefined); return; }
      await acceptHit(service, hit);
      resolve(describe(service, hit, lastMs));
    };
    disposables.push(
      qp.onDidChangeValue(refresh),
      search.onDidUpdate(refresh),
      qp.onDidChangeActive(([item]) => {
        if (!previewOn || !item?.hit?.path || !item.hit.span || (item.hit.kind !== 'passage' && item.hit.kind !== 'heading' && item.hit.kind !== 'annotation')) return;
        void showHit(service, item.hit, true).then((e) => { if (e && !accepted) previewed = e.document.uri; });
      }),
      qp.onDidAccept(() => {
        const item = qp.activeItems[0];
        if (item?.prefix) { qp.value = item.prefix; return; }
        if (item?.hit) void finish(item.hit);
      }),
      qp.onDidTriggerItemButton((e) => {
        const command = e.button === REVEAL_BUTTON ? 'policyLens.entities.reveal'
          : e.button === DEFINITION_BUTTON ? 'policyLens.entities.openDefinition' : undefined;
        if (!command || !e.item.hit?.entityId) return;
        accepted = true;
        closed(Promise.resolve());
        qp.hide();
        void vscode.commands.executeCommand(command, e.item.hit.entityId);
      }),
      qp.onDidHide(() => {
        // The next Go to… waits for the editor to be put back, or that would take its focus.
        closed(!accepted && previewed ? restoreOrigin(origin, previewed) : Promise.resolve());
        if (!accepted) resolve(undefined);
        for (const d of disposables) d.dispose();
      }),
    );
    qp.value = args.query ?? '';
    refresh();
    qp.show();
    if (args.accept) {
      void search.whenReady().then(() => {
        refresh();
        const first = qp.items.find((i) => i.hit)?.hit;
        void finish(first);
      });
    }
  });
  const reuse = (query: string | undefined): void => {
    if (query !== undefined) qp.value = query;
    qp.show();
  };
  return { reuse, result };
}

/** The row taken, for `{ accept: true }` callers. */
function describe(service: LensService, hit: JumpHit, ms: number): GoToResult {
  const doc = hit.path ? service.current()?.model.get(hit.path) : undefined;
  return {
    kind: hit.kind,
    label: hit.label,
    ...(hit.path ? { path: hit.path } : {}),
    ...(doc && hit.span ? { line: doc.lines.lineOf(hit.span.start) + 1 } : {}),
    ...(hit.entityId ? { entityId: hit.entityId } : {}),
    ...(hit.annotationId ? { annotationId: hit.annotationId } : {}),
    ...(hit.tag ? { tag: hit.tag } : {}),
    ms: Math.round(ms * 100) / 100,
  };
}
