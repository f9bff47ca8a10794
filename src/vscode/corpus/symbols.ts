/**
 * Outline, breadcrumbs and "Go to Symbol" for corpus documents, from the headings the core
 * found (real markdown headings or structure inferred in plain text, such as 进展 1 / 趋势 1
 * lines). While a document is edited its live text is re-parsed, so the outline follows.
 * Files outside the corpus get nothing from here.
 */
import * as vscode from 'vscode';
import { sectionTree, SectionNode } from '../../core/corpus/corpusTree';
import { searchHeadings } from '../../core/corpus/headingSearch';
import type { CorpusDocument } from '../../core/corpus/model';
import { parseDocument } from '../../core/parse';
import { LineIndex } from '../../core/text/lines';
import type { Heading } from '../../core/types';
import { toLocation, toRange } from '../convert';
import type { LensService } from '../service';

/** Where the outline provider answers: files, and documents of our languages on any scheme. */
export const OUTLINE_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { language: 'plaintext' },
  { language: 'markdown' },
  { language: 'policy-text' },
];

const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

interface Structure {
  readonly version: number;
  readonly headings: readonly Heading[];
  readonly lines: LineIndex;
}

export class CorpusDocumentSymbols implements vscode.DocumentSymbolProvider {
  private readonly cache = new Map<string, Structure>();

  constructor(private readonly service: LensService) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    if (!(await this.service.ready())) return [];
    const doc = this.service.documentFor(document.uri);
    if (!doc) return [];
    // Markdown has VS Code's own outline; a second one would show every heading twice.
    if (document.languageId === 'markdown' && vscode.extensions.getExtension(MARKDOWN_EXTENSION)) return [];
    const { headings, lines } = this.structure(document, doc);
    return sectionTree(headings).map((node) => toSymbol(node, lines));
  }

  /** Headings of the text the editor holds: the indexed parse, or a fresh one after edits. */
  private structure(document: vscode.TextDocument, doc: CorpusDocument): Structure {
    const text = document.getText();
    if (text === doc.parsed.text) return { version: document.version, headings: doc.parsed.headings, lines: doc.lines };
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached;
    const parsed = parseDocument(doc.path, text, doc.parsed.encoding);
    const fresh = { version: document.version, headings: parsed.headings, lines: new LineIndex(text) };
    this.cache.clear(); // one live document at a time is enough
    this.cache.set(key, fresh);
    return fresh;
  }
}

function toSymbol(node: SectionNode, lines: LineIndex): vscode.DocumentSymbol {
  const { heading } = node;
  const selection = toRange(lines, heading.span);
  const section = toRange(lines, heading.sectionSpan);
  const range = section.contains(selection) ? section : section.union(selection);
  const symbol = new vscode.DocumentSymbol(heading.text || '…', '', vscode.SymbolKind.String, range, selection);
  symbol.children = node.children.map((child) => toSymbol(child, lines));
  return symbol;
}

/** Every title and heading of the corpus, filtered by the typed query. */
export class CorpusWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly service: LensService) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const corpus = await this.service.ready();
    if (!corpus || token.isCancellationRequested) return [];
    return searchHeadings(corpus.model.documents(), query).map((hit) => {
      const uri = this.service.uri(hit.document.path);
      const location = toLocation(uri, hit.document.lines, hit.span);
      const isTitle = hit.heading < 0;
      const container = isTitle ? hit.document.path : hit.document.meta.title;
      return new vscode.SymbolInformation(hit.text, isTitle ? vscode.SymbolKind.File : vscode.SymbolKind.String, container, location);
    });
  }
}

export function registerSymbols(service: LensService): vscode.Disposable[] {
  return [
    vscode.languages.registerDocumentSymbolProvider(OUTLINE_SELECTOR, new CorpusDocumentSymbols(service), { label: 'Policy Lens' }),
    vscode.languages.registerWorkspaceSymbolProvider(new CorpusWorkspaceSymbols(service)),
  ];
}
