/** Commands that belong to the corpus as a whole: reindex, skipped files, open a location. */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { isLocationArg } from '../args';
import { openLocation } from '../corpus/openDocument';

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
      if (isLocationArg(arg)) await openLocation(service, arg);
    }),
  );
}
