/**
 * Import of PDFs, web pages and Word files: the command, the page hover on imported
 * documents, and "Open Original at Page".
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { importDocuments } from './importCommand';
import { openOriginal } from './openOriginal';
import { PageHoverProvider } from './pageHover';
import { watchImportable } from './pendingNodes';

/** Registers the import feature. */
export function register(context: vscode.ExtensionContext, service: LensService): void {
  const selector: vscode.DocumentSelector = [{ scheme: service.files?.root.scheme ?? 'file' }];
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.importDocuments', (clicked?: unknown, selected?: unknown) => importDocuments(service, clicked, selected)),
    vscode.commands.registerCommand('policyLens.import.openOriginal', (arg?: unknown) => openOriginal(service, arg)),
    vscode.languages.registerHoverProvider(selector, new PageHoverProvider(service)),
  );
  watchImportable(context);
}
