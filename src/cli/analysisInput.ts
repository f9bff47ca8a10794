/**
 * What the analysis commands read from a workspace folder: the annotations re-anchored to the
 * current files (as `annotations` and `export` see them), their segments, text lengths and
 * lines, and — only when a command needs facets or passages — the corpus model.
 */
import type { FilePort } from '../core/ports';
import type { Problem } from '../core/types';
import { segmentsOf, UNKNOWN_CODER, type Segment } from '../core/analysis/segments';
import { facetsOfMeta, type DocumentFacets } from '../core/analysis/facets';
import type { SegmentRow } from '../core/analysis/tableExport';
import { CorpusModel, corpusOptions } from '../core/corpus/model';
import { BUILTIN_ENTITIES } from '../core/knowledge/builtin';
import { mergeKnowledge } from '../core/knowledge/merge';
import { loadWorkspaceKnowledge } from '../core/knowledge/workspace';
import { LineIndex } from '../core/text/lines';
import { loadWorkspaceAnnotations } from './commands/annotations';

/** Segments of a folder and how to look things up about their documents. */
export interface AnalysisInput {
  readonly segments: Segment[];
  readonly lengthOf: (path: string) => number | undefined;
  readonly rowOf: (s: Segment) => SegmentRow;
  readonly problems: Problem[];
  /** Annotations without a place in their document (left out of every figure). */
  readonly orphaned: number;
  readonly corpus?: CorpusModel;
  readonly facetsOf: (path: string) => DocumentFacets | undefined;
}

/** Load the analysis input; `withCorpus` also indexes the corpus (for facets and passages). */
export async function loadAnalysisInput(files: FilePort, withCorpus: boolean): Promise<AnalysisInput> {
  const ws = await loadWorkspaceAnnotations(files);
  const segments = segmentsOf(ws.annotations);
  const lines = new Map<string, LineIndex>();
  const lineOf = (path: string, offset: number): number => {
    const text = ws.textOf(path) ?? '';
    if (!lines.has(path)) lines.set(path, new LineIndex(text));
    return lines.get(path)!.lineOf(offset) + 1;
  };
  let corpus: CorpusModel | undefined;
  if (withCorpus) {
    const kb = mergeKnowledge(BUILTIN_ENTITIES, await loadWorkspaceKnowledge(files));
    corpus = await CorpusModel.load(files, kb, corpusOptions({}));
  }
  const facets = new Map<string, DocumentFacets>();
  return {
    segments,
    lengthOf: (p) => ws.textOf(p)?.length ?? corpus?.get(p)?.parsed.text.length,
    rowOf: (s) => ({ path: s.path, line: lineOf(s.path, s.start), text: s.text, tags: s.tags, author: s.coder === UNKNOWN_CODER ? null : s.coder }),
    problems: ws.problems,
    orphaned: ws.annotations.length - segments.length,
    corpus,
    facetsOf: (p) => {
      if (!facets.has(p)) {
        const meta = corpus?.get(p)?.meta;
        if (!meta) return undefined;
        facets.set(p, facetsOfMeta(meta));
      }
      return facets.get(p);
    },
  };
}

/** Lines reporting what the figures leave out, for the text output of every analysis command. */
export function inputNotes(input: AnalysisInput): string[] {
  return [
    ...input.problems.map((p) => `skipped invalid file ${p.path}:${(p.line ?? 0) + 1}: ${p.message}`),
    ...(input.orphaned ? [`left out ${input.orphaned} annotation(s) whose passage is no longer in its document`] : []),
  ];
}
