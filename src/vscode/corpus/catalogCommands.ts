/**
 * "Set Institution…", "Set Themes…" and "Open Catalog File": the researcher's overrides,
 * written to `.policylens/catalog.yaml` through the core editor that keeps comments and
 * other entries. A catalog that does not parse is never rewritten: the error names the file
 * and line and offers to open it.
 */
import * as vscode from 'vscode';
import { writeNewEntity } from '../entities/discoveredItems';
import { ENTITIES_FILE } from '../../core/knowledge/workspace';
import { showErrorWithOpen } from '../problemsView';
import { CatalogEditError, setDocumentField } from '../../core/corpus/catalogEdit';
import { DEFAULT_CATALOG_PATH } from '../../core/corpus/catalog';
import type { CorpusDocument } from '../../core/corpus/model';
import type { Entity } from '../../core/knowledge';
import type { Corpus, LensService } from '../service';
import { displayLanguage } from './labels';
import type { CorpusNode } from './nodes';

const CATALOG_SKELETON = '# Policy Lens catalog: your own statements about documents; they override what is inferred.\n' +
  '# Fields per document: title, date, language, institutions, themes (entity ids).\nversion: 1\ndocuments: {}\n';

type Field = 'institutions' | 'themes';

export function registerCatalogCommands(service: LensService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('policyLens.corpus.setInstitution', (arg: unknown) => setEntities(service, arg, 'institutions')),
    vscode.commands.registerCommand('policyLens.corpus.setThemes', (arg: unknown) => setEntities(service, arg, 'themes')),
    vscode.commands.registerCommand('policyLens.corpus.openCatalog', () => openCatalog(service)),
  ];
}

/** The document a command is about: a tree node, a uri, or the active editor's document. */
function targetDocument(service: LensService, arg: unknown): CorpusDocument | undefined {
  if (arg && typeof arg === 'object' && (arg as CorpusNode).type === 'document' && 'document' in arg) {
    return service.current()?.model.get((arg as { document: CorpusDocument }).document.path);
  }
  if (arg instanceof vscode.Uri) return service.documentFor(arg);
  const editor = vscode.window.activeTextEditor;
  return editor ? service.documentFor(editor.document.uri) : undefined;
}

interface EntityPick extends vscode.QuickPickItem {
  readonly id?: string;
  readonly clear?: boolean;
  /** "New institution…": create an institution from a typed name. */
  readonly create?: boolean;
}

async function setEntities(service: LensService, arg: unknown, field: Field): Promise<void> {
  const corpus = await service.ready();
  const doc = corpus && targetDocument(service, arg);
  if (!corpus || !doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Choose a document of the corpus first.'));
    return;
  }
  if (!service.canWrite()) return;
  const kind = field === 'institutions' ? 'institution' : 'theme';
  const current = new Set((field === 'institutions' ? doc.meta.institutions : doc.meta.themes).map((a) => a.id));
  const overridden = corpus.model.catalog().documents.get(doc.path)?.[field] !== undefined;
  const items = pickItems(corpus, kind, current, overridden);
  const title = field === 'institutions'
    ? vscode.l10n.t('Institutions of {0}', doc.meta.title)
    : vscode.l10n.t('Themes of {0}', doc.meta.title);
  const picked = await vscode.window.showQuickPick(items, {
    title,
    canPickMany: true,
    matchOnDescription: true,
    placeHolder: vscode.l10n.t('Select the entries to file this document under (saved in {0})', DEFAULT_CATALOG_PATH),
  });
  if (!picked) return;
  let value = picked.some((p) => p.clear) ? undefined : picked.flatMap((p) => (p.id ? [p.id] : []));
  if (value && picked.some((p) => p.create)) {
    const created = await createInstitution(service, corpus);
    if (!created) return;
    value = [...value, created];
  }
  const after = (await service.ready()) ?? corpus;
  await writeField(service, after, doc.path, field, value);
}

function pickItems(corpus: Corpus, kind: 'institution' | 'theme', current: Set<string>, overridden: boolean): EntityPick[] {
  const lang = displayLanguage();
  const other = lang === 'zh' ? 'en' : 'zh';
  const entities: Entity[] = corpus.kb.byKind(kind)
    .sort((a, b) => Number(current.has(b.id)) - Number(current.has(a.id)) || corpus.kb.displayName(a, lang).localeCompare(corpus.kb.displayName(b, lang)));
  const items: EntityPick[] = entities.map((e) => ({
    id: e.id,
    label: corpus.kb.displayName(e, lang),
    description: [e.names[other], e.id].filter(Boolean).join(' · '),
    picked: current.has(e.id),
  }));
  if (kind === 'institution') {
    items.unshift(
      { label: vscode.l10n.t('New institution…'), detail: vscode.l10n.t('Type the name of an institution the knowledge base does not know'), create: true, iconPath: new vscode.ThemeIcon('add') },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
    );
  }
  if (overridden) {
    items.unshift(
      { label: vscode.l10n.t('Clear override'), detail: vscode.l10n.t('Remove the catalog entry and let Policy Lens infer it again'), clear: true, iconPath: new vscode.ThemeIcon('discard') },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
    );
  }
  return items;
}

/** Ask for a name and add it to the workspace entities file as an institution; returns its id. */
async function createInstitution(service: LensService, corpus: Corpus, preset?: string): Promise<string | undefined> {
  const name = preset ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('New institution'),
    prompt: vscode.l10n.t('Its name, in Chinese or English (added to {0})', ENTITIES_FILE),
    validateInput: (v) => (!v.trim() ? vscode.l10n.t('Give at least one name.') : undefined),
  });
  if (!name?.trim()) return undefined;
  const known = corpus.kb.lookup(name.trim());
  if (known?.kind === 'institution') return known.id;
  const names = /\p{Script=Han}/u.test(name) ? { zh: name.trim() } : { en: name.trim() };
  return writeNewEntity(service, corpus, 'institution', names, '');
}

async function readCatalog(corpus: Corpus): Promise<string | undefined> {
  if (!(await corpus.files.stat(DEFAULT_CATALOG_PATH))) return '';
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await corpus.files.readFile(DEFAULT_CATALOG_PATH));
  } catch (err) {
    void showCatalogError(corpus, vscode.l10n.t('{0} cannot be read as UTF-8 text: {1}', DEFAULT_CATALOG_PATH, String(err)), 0);
    return undefined;
  }
}

async function writeField(service: LensService, corpus: Corpus, path: string, field: Field, value: string[] | undefined): Promise<void> {
  const source = await readCatalog(corpus);
  if (source === undefined) return;
  let next: string;
  try {
    next = setDocumentField(source, path, field, value);
  } catch (err) {
    if (err instanceof CatalogEditError) {
      const problem = err.problems.find((p) => p.severity === 'error');
      const line = problem?.line ?? 0;
      const message = problem
        ? vscode.l10n.t('{0}, line {1}: {2}. Fix the catalog before changing it from the view.', DEFAULT_CATALOG_PATH, line + 1, problem.message)
        : err.message;
      await showCatalogError(corpus, message, line);
      return;
    }
    throw err;
  }
  await vscode.workspace.fs.createDirectory(corpus.files.uri('.policylens'));
  await corpus.files.writeFileAtomic(DEFAULT_CATALOG_PATH, new TextEncoder().encode(next));
  await corpus.model.reloadCatalog();
  service.log.info(`catalog: ${value === undefined ? 'cleared' : 'set'} ${field} of ${path}`);
}

function showCatalogError(corpus: Corpus, message: string, line: number): Promise<void> {
  return showErrorWithOpen(message, corpus.files.uri(DEFAULT_CATALOG_PATH), { line });
}

async function openCatalog(service: LensService): Promise<void> {
  const corpus = await service.ready();
  if (!corpus) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to use a catalog.'));
    return;
  }
  if (!(await corpus.files.stat(DEFAULT_CATALOG_PATH))) {
    if (!service.canWrite()) return;
    await vscode.workspace.fs.createDirectory(corpus.files.uri('.policylens'));
    await corpus.files.writeFileAtomic(DEFAULT_CATALOG_PATH, new TextEncoder().encode(CATALOG_SKELETON));
  }
  await vscode.window.showTextDocument(corpus.files.uri(DEFAULT_CATALOG_PATH));
}
