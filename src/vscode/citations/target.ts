/** Where a citation leads in the editor: the cited file at the cited article, or the entity's entry. */
import * as vscode from 'vscode';
import { findArticle } from '../../core/citations/articleLocation';
import type { ResolvedCitation } from '../../core/citations/types';
import { definitionOf } from '../entities/definitions';
import { toPosition } from '../convert';
import type { Corpus, LensService } from '../service';

/** The location a citation opens: document (at its article when found), else its entity, else none. */
export async function citationLocation(service: LensService, corpus: Corpus, cited: ResolvedCitation): Promise<vscode.Location | undefined> {
  const { target } = cited;
  const doc = target.path ? corpus.model.get(target.path) : undefined;
  if (doc) {
    const at = target.article ? findArticle(doc.parsed.text, target.article) : undefined;
    return new vscode.Location(service.uri(doc.path), toPosition(doc.lines, at ?? 0));
  }
  return target.entity ? definitionOf(service, target.entity) : undefined;
}
