/**
 * The Import REFI-QDA Project command: a `.qdpx`/`.qde` from ATLAS.ti, MAXQDA, NVivo or
 * QualCoder into the workspace (codes, coders, coded text, memos), with everything that could
 * not be imported listed in the output channel.
 */
import * as vscode from 'vscode';
import type { AnnotationsSession } from '../annotations/session';
import { openProject } from '../../core/annotations/qdpx/archive';
import { importQdaProject } from '../../core/annotations/qdpx/importProject';
import { applyQdaImport } from '../../core/annotations/qdpx/applyImport';
import { parseSourcePath } from '../../core/annotations/qdpx/sourcePath';

/** Ask for a project file and import it. */
export async function importQdpxCommand(session: AnnotationsSession): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Importing is not possible in an untrusted workspace.'));
    return;
  }
  const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('Import REFI-QDA project'), canSelectMany: false, filters: { [vscode.l10n.t('REFI-QDA project')]: ['qdpx', 'qde'] } });
  if (!picked?.[0]) return;
  await session.ready;
  const corpus = await session.service.ready();
  try {
    const file = picked[0];
    const bytes = await vscode.workspace.fs.readFile(file);
    // relative:// and absolute:// sources are read only when they are files next to the project.
    const external = new Map<string, Uint8Array>();
    const opened = openProject(bytes, (loc) => external.get(loc.path));
    for (const s of opened.project.sources) {
      const loc = s.plainTextPath ? parseSourcePath(s.plainTextPath, opened.project.basePath) : undefined;
      if (!loc || loc.kind === 'internal') continue;
      const uri = loc.kind === 'absolute' ? vscode.Uri.file(loc.path) : vscode.Uri.joinPath(file, '..', loc.path);
      try { external.set(loc.path, await vscode.workspace.fs.readFile(uri)); } catch { /* reported as unreadable */ }
    }
    const documents = (corpus?.model.documents() ?? []).map((d) => ({ path: d.path, text: session.textOf(d.path) ?? d.parsed.text }));
    const result = importQdaProject({ project: opened.project, documents, readText: opened.readText });
    const origin = opened.project.origin ?? opened.project.name;
    const applied = await applyQdaImport(session.files, session.store, result, origin);
    await session.codebook.load();
    const problems = [...new Set([...opened.unreadable, ...result.problems, ...applied.notes])];
    for (const p of problems) session.service.log.warn(`REFI-QDA import: ${p}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} annotations into {1} documents and {2} new codes from {3}.', applied.annotations, applied.documents, applied.tagsAdded, origin));
    if (problems.length) {
      const show = vscode.l10n.t('Show details');
      if ((await vscode.window.showWarningMessage(vscode.l10n.t('{0} items were not imported; see the Policy Lens output for each.', problems.length), show)) === show) session.service.log.show();
    }
  } catch (e) {
    session.reportError(e);
  }
}
