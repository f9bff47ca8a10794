/**
 * Memos as Go to… rows: a code's memo (from the codebook) and a document's memo (its memo
 * file), so a query finds the researcher's analytic notes as well as the coded text. Rows use
 * the annotation channel of the jump index with ids that no annotation can have
 * (`memo:code:…`, `memo:doc:…`); opening one opens the file it lives in.
 */
import { oneLine } from '../text/oneLine';
import type { SearchAnnotation } from './searchTypes';
import { memoPath } from '../annotations/memos';
import { CODEBOOK_PATH } from '../annotations/codebook';

/** Where a code memo is: the codebook text and the memo's offset in it, when known. */
export interface CodeMemo {
  readonly id: string;
  readonly memo: string;
  readonly offset?: number;
}

const plain = (md: string): string => md.replace(/[#*_`>[\]]/g, ' ');

/** Jump-box rows for code memos and document memos. */
export function memoSearchRows(codes: readonly CodeMemo[], documents: ReadonlyMap<string, string>): SearchAnnotation[] {
  const rows: SearchAnnotation[] = codes.filter((c) => c.memo.trim()).map((c) => ({
    id: `memo:code:${c.id}`,
    path: CODEBOOK_PATH,
    span: { start: c.offset ?? 0, end: (c.offset ?? 0) + 1 },
    label: oneLine(`Memo · ${c.id}: ${plain(c.memo)}`, 120),
    tags: [c.id],
  }));
  for (const [doc, memo] of documents) {
    if (!memo.trim()) continue;
    rows.push({ id: `memo:doc:${doc}`, path: memoPath(doc), span: { start: 0, end: Math.min(1, memo.length) }, label: oneLine(`Memo · ${doc}: ${plain(memo)}`, 120), tags: [] });
  }
  return rows;
}
