/**
 * Search in the editor: the workspace search index (cached in extension storage, kept
 * current per file) and "Policy Lens: Go to…" over passages, headings, entities,
 * annotations and tags. The Related view builds on the same index (see `../related`).
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { registerRelated } from '../related';
import { goTo } from './goTo';
import { SearchService } from './searchService';

/** Registers the search service, Go to… and the Related view. */
export function register(context: vscode.ExtensionContext, service: LensService): void {
  const search = new SearchService(service, context.storageUri);
  context.subscriptions.push(
    search,
    vscode.commands.registerCommand('policyLens.goTo', (arg?: unknown) => goTo(service, search, arg)),
  );
  registerRelated(context, service, search);
}
