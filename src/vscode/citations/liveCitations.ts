/**
 * The citation under the cursor, as the editor shows the text. When the editor holds the
 * text on disk the corpus index answers; with unsaved edits only the cursor's line is read
 * again and resolved against the same corpus.
 */
import * as vscode from 'vscode';
import { extractCitations } from '../../core/citations/extract';
import type { ResolvedCitation } from '../../core/citations/types';
import type { Corpus, LensService } from '../service';
import { toRange } from '../convert';

/** A citation with its range in the editor's current text. */
export interface LiveCitation {
  readonly cited: ResolvedCitation;
  readonly range: vscode.Range;
}

/** The citation at `position` of `document`, if the document is in the corpus and has one there. */
export function citationAt(service: LensService, corpus: Corpus, document: vscode.TextDocument, position: vscode.Position): LiveCitation | undefined {
  const doc = service.documentFor(document.uri);
  if (!doc) return undefined;
  const index = corpus.model.citations();
  if (!document.isDirty && document.getText() === doc.parsed.text) {
    const cited = index.at(doc.path, document.offsetAt(position));
    return cited && { cited, range: toRange(doc.lines, cited.citation) };
  }
  const line = document.lineAt(position.line);
  const citation = extractCitations(line.text).find((c) => c.start <= position.character && position.character <= c.end);
  if (!citation) return undefined;
  const { target, self } = index.resolver.resolve(citation, doc.path);
  if (self || (!citation.instrument && !target.path)) return undefined;
  return {
    cited: { path: doc.path, citation, target },
    range: new vscode.Range(position.line, citation.start, position.line, citation.end),
  };
}
