/** Commands that belong to the corpus as a whole: reindex, skipped files, open a location. */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { isLocationArg } from '../args';

export function register(context: vscode.ExtensionContext, service: LensService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.refresh', async () => {
      const corpus = await service.reindex();
      if (corpus) {
        void vscode.window.setStatusBarMessage(
          vscode.l10n.t('Policy Lens: {0} documents indexed', corpus.model.documents().length), 4000);
      }
    }),
    vscode.commands.registerCommand('policyLens.showSkipped', async () => {
      const corpus = await service.ready();
      const skipped = corpus?.model.skipped() ?? [];
      if (!skipped.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No files were skipped.'));
        return;
      }
      const pick = await vscode.window.showQuickPick(
        skipped.map((s) => ({ label: s.path, detail: s.reason })),
        { title: vscode.l10n.t('Files left out of the corpus'), matchOnDetail: true },
      );
      if (pick) await vscode.commands.executeCommand('vscode.open', service.uri(pick.label));
    }),
    vscode.commands.registerCommand('policyLens.openLocation', async (arg: unknown) => {
      if (!isLocationArg(arg)) return;
      const corpus = await service.ready();
      const doc = corpus?.model.get(arg.path);
      if (!corpus || !doc) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not part of the corpus.', String(arg.path)));
        return;
      }
      const start = doc.lines.positionAt(Math.min(arg.start, doc.parsed.text.length));
      const end = doc.lines.positionAt(Math.min(arg.end ?? arg.start, doc.parsed.text.length));
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      await vscode.window.showTextDocument(service.uri(doc.path), { selection: range, preview: arg.preview ?? false });
    }),
  );
}
