/**
 * The nodes of the Corpus tree and how each one's children are found: groups from the core
 * tree model, documents under groups, sections under documents (nested headings), and
 * problems or skipped files under the Problems group.
 */
import type { CorpusDocument } from '../../core/corpus/model';
import type { SkippedFile } from '../../core/corpus/model';
import { buildCorpusTree, SectionNode, sectionTree, seriousProblems, TreeGroup } from '../../core/corpus/corpusTree';
import type { FacetKind } from '../../core/corpus/facets';
import type { Problem } from '../../core/types';
import type { Corpus } from '../service';
import { importChildren, type ImportNode } from '../import/pendingNodes';

export type CorpusNode = GroupNode | DocumentNode | SectionItemNode | SkippedNode | ProblemNode | ImportNode;

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly by: FacetKind;
  readonly group: TreeGroup;
}

export interface DocumentNode {
  readonly type: 'document';
  readonly id: string;
  readonly document: CorpusDocument;
  /** Under the Problems group a document lists its problems instead of its sections. */
  readonly showProblems: boolean;
}

export interface SectionItemNode {
  readonly type: 'section';
  readonly id: string;
  readonly document: CorpusDocument;
  readonly section: SectionNode;
}

export interface SkippedNode {
  readonly type: 'skipped';
  readonly id: string;
  readonly file: SkippedFile;
}

export interface ProblemNode {
  readonly type: 'problem';
  readonly id: string;
  readonly problem: Problem;
}

/** Top-level groups of the corpus for a facet. */
export function rootNodes(corpus: Corpus, by: FacetKind): GroupNode[] {
  const groups = buildCorpusTree(corpus.model.documents(), corpus.model.skipped(), by, corpus.kb);
  return groups.map((group) => ({ type: 'group', id: `g:${by}:${group.key}`, by, group }));
}

/** Children of a node; leaves have none. */
export function childNodes(node: CorpusNode): CorpusNode[] {
  switch (node.type) {
    case 'group': {
      const showProblems = node.group.kind === 'problems';
      const docs: CorpusNode[] = node.group.documents.map((document) => ({
        type: 'document', id: `${node.id}/d:${document.path}`, document, showProblems,
      }));
      const skipped: CorpusNode[] = node.group.skipped.map((file) => ({ type: 'skipped', id: `${node.id}/s:${file.path}`, file }));
      // Sub-institutions first (ids stay unique: an institution appears once in the tree).
      const subgroups: CorpusNode[] = (node.group.children ?? []).map((group) => ({ type: 'group', id: `g:${node.by}:${group.key}`, by: node.by, group }));
      return [...subgroups, ...skipped, ...docs];
    }
    case 'document':
      if (node.showProblems) {
        return seriousProblems(node.document).map((problem, i) => ({ type: 'problem', id: `${node.id}/p:${i}`, problem }));
      }
      return documentSections(node.document).map((section) => sectionNode(node.id, node.document, section));
    case 'section':
      return node.section.children.map((section) => sectionNode(node.id, node.document, section));
    case 'import-group':
      return importChildren(node);
    default:
      return [];
  }
}

/** Whether a node has children, without building them. */
export function hasChildren(node: CorpusNode): boolean {
  switch (node.type) {
    case 'group':
      return node.group.count > 0;
    case 'document':
      return node.showProblems ? seriousProblems(node.document).length > 0 : node.document.parsed.headings.length > 0;
    case 'section':
      return node.section.children.length > 0;
    case 'import-group':
      return node.paths.length > 0;
    default:
      return false;
  }
}

/**
 * Sections shown under a document. A lone top heading that merely repeats the title is
 * skipped, so the document's real sections are one click away.
 */
export function documentSections(document: CorpusDocument): readonly SectionNode[] {
  const roots = sectionTree(document.parsed.headings);
  if (roots.length === 1 && roots[0].heading.text.trim() === document.meta.title.trim()) return roots[0].children;
  return roots;
}

function sectionNode(parentId: string, document: CorpusDocument, section: SectionNode): SectionItemNode {
  return { type: 'section', id: `${parentId}/h:${section.index}`, document, section };
}
