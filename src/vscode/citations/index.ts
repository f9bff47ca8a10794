/**
 * The citations feature: hovering a reference to another instrument shows what it cites,
 * F12 opens the cited document at the cited article, code lenses say who cites a document
 * and its articles. Cites / Cited by also appear in the
 * corpus tree's tooltips and in the Related view (see `citedSection.ts`, `../related`).
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { CitationDefinitionProvider, CitationHoverProvider } from './providers';
import { showCitations } from './showCitations';
import { CitationCodeLensProvider } from './codeLens';

export function register(context: vscode.ExtensionContext, service: LensService): void {
  const selector: vscode.DocumentSelector = [{ scheme: service.files?.root.scheme ?? 'file' }];
  const lenses = new CitationCodeLensProvider(service);
  context.subscriptions.push(
    lenses,
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerHoverProvider(selector, new CitationHoverProvider(service)),
    vscode.languages.registerDefinitionProvider(selector, new CitationDefinitionProvider(service)),
    vscode.commands.registerCommand('policyLens.citations.show', (arg: unknown) => showCitations(service, arg)),
  );
}
