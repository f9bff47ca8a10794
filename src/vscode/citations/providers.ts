/** Hover and go-to-definition (F12) on citations of other instruments. */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { citationCard } from './hoverCard';
import { citationAt } from './liveCitations';
import { citationLocation } from './target';

export class CitationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: LensService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const corpus = await this.service.ready();
    const hit = corpus && citationAt(this.service, corpus, document, position);
    // A named law with no document in the corpus already has its entity card.
    if (!hit || (hit.cited.citation.kind === 'named' && !hit.cited.target.path)) return undefined;
    return new vscode.Hover(citationCard(corpus, hit.cited), hit.range);
  }
}

export class CitationDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: LensService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const corpus = await this.service.ready();
    const hit = corpus && citationAt(this.service, corpus, document, position);
    return hit ? citationLocation(this.service, corpus, hit.cited) : undefined;
  }
}
