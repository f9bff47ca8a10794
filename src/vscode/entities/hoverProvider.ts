/** Hover cards on entity mentions in corpus documents. */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { hoverCard } from './hoverCard';
import type { LiveMentions } from './liveMentions';

export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: LensService, private readonly live: LiveMentions) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const corpus = await this.service.ready();
    if (!corpus) return undefined;
    const hit = this.live.at(document, position, corpus);
    const entity = hit && corpus.kb.get(hit.mention.entityId);
    if (!hit || !entity) return undefined;
    const at = { path: hit.doc.path, offset: document.offsetAt(hit.range.start) };
    return new vscode.Hover(hoverCard(corpus, entity, hit.doc.path, at), hit.range);
  }
}
