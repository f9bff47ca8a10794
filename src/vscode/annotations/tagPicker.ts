/**
 * The tag step of annotating (and of "Change tags"): a multi-select list of codebook tags
 * with a colour swatch, the tag name as label and the full id as description. "New tag…"
 * works by Enter on its row, by ticking it, or by the title-bar button. Accepting with no
 * tag ticked asks before going on. While the codebook is broken the title says so (file and
 * line), a title button opens it at the error, and the tags last known good stay on offer.
 */
import * as vscode from 'vscode';
import { problemSelection } from '../convert';
import { displayLanguage } from '../locale';
import { CODEBOOK_PATH } from '../../core/annotations/codebook';
import { tagAcceptAction, tagRows } from '../../core/annotations/tagPick';
import { createTag } from './pickers';
import type { AnnotationsSession } from './session';

interface TagItem extends vscode.QuickPickItem {
  readonly tagId?: string;
  readonly create?: boolean;
}

const swatches = new Map<string, vscode.Uri>();

/** A small filled circle in `color`, as an icon (quick picks cannot colour codicons). */
function swatch(color: string): vscode.Uri {
  let uri = swatches.get(color);
  if (!uri) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="5" fill="${color}"/></svg>`;
    uri = vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    swatches.set(color, uri);
  }
  return uri;
}

const NEW_TAG_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('add'), tooltip: vscode.l10n.t('New tag…') };
const OPEN_CODEBOOK_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('warning'), tooltip: vscode.l10n.t('Open the codebook at the error') };

type Outcome = { kind: 'done'; tags: string[] } | { kind: 'create'; tags: string[] } | { kind: 'empty' } | undefined;

/** Ask whether to go on without tags; true = yes. */
async function confirmNoTags(): Promise<boolean> {
  const yes = { label: vscode.l10n.t('Continue without tags'), yes: true };
  const back = { label: vscode.l10n.t('Back to the tag list'), yes: false };
  const pick = await vscode.window.showQuickPick([back, yes], { title: vscode.l10n.t('No tag is ticked') });
  return pick?.yes === true;
}

function items(session: AnnotationsSession, selected: readonly string[]): TagItem[] {
  const zh = displayLanguage() === 'zh';
  const rows = tagRows(session.codebook.tags(), selected, zh, (id) => session.codebook.colorOf(id));
  const error = session.codebook.firstError();
  const list: TagItem[] = [{ label: `$(add) ${vscode.l10n.t('New tag…')}`, create: true, alwaysShow: true }];
  if (error) {
    list.push({ label: vscode.l10n.t('The codebook has errors ({0}:{1})', CODEBOOK_PATH, (error.line ?? 0) + 1), kind: vscode.QuickPickItemKind.Separator });
  }
  for (const r of rows) {
    list.push({ label: r.label, description: r.description, ...(r.detail ? { detail: r.detail } : {}), picked: r.picked, tagId: r.id, iconPath: swatch(r.color) });
  }
  return list;
}

function showOnce(session: AnnotationsSession, selected: readonly string[]): Promise<Outcome> {
  const qp = vscode.window.createQuickPick<TagItem>();
  qp.canSelectMany = true;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.title = vscode.l10n.t('Tags for this passage');
  const error = session.codebook.firstError();
  if (error) {
    const where = `${CODEBOOK_PATH}:${(error.line ?? 0) + 1}`;
    qp.placeholder = session.codebook.tags().length
      ? (session.codebook.showsLastGood()
        ? vscode.l10n.t('The codebook has errors ({0}); showing the tags last known good', where)
        : vscode.l10n.t('The codebook has errors ({0}); some tags may be missing', where))
      : vscode.l10n.t('The codebook has errors ({0}); fix it to see its tags', where);
  } else {
    qp.placeholder = vscode.l10n.t('Tick one or more tags, then press Enter');
  }
  qp.buttons = error ? [NEW_TAG_BUTTON, OPEN_CODEBOOK_BUTTON] : [NEW_TAG_BUTTON];
  qp.items = items(session, selected);
  qp.selectedItems = qp.items.filter((i) => i.picked);
  const ticked = (): string[] => qp.selectedItems.filter((i) => i.tagId).map((i) => i.tagId!);
  return new Promise<Outcome>((resolve) => {
    let result: Outcome;
    const subs = [
      qp.onDidTriggerButton((b) => {
        if (b === NEW_TAG_BUTTON) result = { kind: 'create', tags: ticked() };
        else if (error) void vscode.window.showTextDocument(session.files.uri(CODEBOOK_PATH), { selection: problemSelection(error), preview: false });
        qp.hide();
      }),
      qp.onDidAccept(() => {
        const tags = ticked();
        const action = tagAcceptAction(qp.activeItems[0]?.create === true, qp.selectedItems.some((i) => i.create), tags.length);
        result = action === 'create' ? { kind: 'create', tags } : action === 'done' ? { kind: 'done', tags } : { kind: 'empty' };
        qp.hide();
      }),
      qp.onDidHide(() => {
        subs.forEach((d) => d.dispose());
        qp.dispose();
        resolve(result);
      }),
    ];
    qp.show();
  });
}

/** Choose tags from the codebook (several allowed); undefined when the user cancels (Escape). */
export async function pickTags(session: AnnotationsSession, selected: readonly string[]): Promise<string[] | undefined> {
  for (;;) {
    const outcome = await showOnce(session, selected);
    if (!outcome) return undefined;
    if (outcome.kind === 'done') return outcome.tags;
    if (outcome.kind === 'empty') {
      if (await confirmNoTags()) return [];
      continue;
    }
    const created = await createTag(session);
    selected = created ? [...outcome.tags, created] : outcome.tags;
  }
}
