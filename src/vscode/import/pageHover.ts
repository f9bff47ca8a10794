/**
 * The page a passage of an imported PDF is on, in a hover: "p. 12 of report.pdf", with a link
 * that opens the original at that page. Only documents with page markers get it.
 */
import * as vscode from 'vscode';
import type { LensService } from '../service';
import { pageAtLine, pageMap, type PageStart } from '../../core/import/pageMap';
import { readProvenance } from '../../core/import/frontMatter';

const cache = new WeakMap<vscode.TextDocument, { version: number; map: PageStart[]; source?: string }>();

/** Page map and source of an open document (recomputed when it changes). */
export function pagesOf(document: vscode.TextDocument): { map: PageStart[]; source?: string } {
  const hit = cache.get(document);
  if (hit && hit.version === document.version) return hit;
  const text = document.getText();
  const map = pageMap(text);
  const source = map.length > 0 ? readProvenance(text)?.source : undefined;
  const entry = { version: document.version, map, source };
  cache.set(document, entry);
  return entry;
}

export class PageHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: LensService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const files = this.service.files;
    if (!files || !files.relative(document.uri)) return undefined;
    const { map, source } = pagesOf(document);
    const page = pageAtLine(map, position.line);
    if (page === undefined || document.lineAt(position.line).isEmptyOrWhitespace) return undefined;
    const md = new vscode.MarkdownString();
    md.appendText(vscode.l10n.t('p. {0}', page));
    if (source) {
      md.appendText(' · ');
      md.appendText(source);
      const args = encodeURIComponent(JSON.stringify([{ source, page }]));
      md.appendMarkdown(` · [${vscode.l10n.t('Open Original at Page')}](command:policyLens.import.openOriginal?${args})`);
      md.isTrusted = { enabledCommands: ['policyLens.import.openOriginal'] };
    }
    return new vscode.Hover(md);
  }
}
