/**
 * Composition root: builds the service that owns the indexed corpus and hands it to each
 * feature. Features register at once and await the model, so activation never waits for
 * indexing. Nothing else lives here.
 */
import * as vscode from 'vscode';
import { LensService } from './service';
import { registerFeatures } from './features';

export function activate(context: vscode.ExtensionContext): void {
  const service = new LensService(context);
  context.subscriptions.push(service);
  registerFeatures(context, service);
  service.start();
}

export function deactivate(): void {
  // Every registration is a disposable owned by the extension context.
}
