/**
 * Memos: the researcher's Markdown notes on a whole document, one plain file per document at
 * `.policylens/memos/<document path>.md` (readable, diffable and mergeable like any Markdown).
 * Memos on codes live in the codebook (`memo` of a tag); see `codebookMemo.ts`.
 */
import { isMap, isSeq, parseDocument, Scalar } from 'yaml';
import { AnnotationFileError } from './errors';
import { CODEBOOK_PATH, isValidTagId, parseCodebook } from './codebook';

/** Folder of the document memos. */
export const MEMOS_DIR = '.policylens/memos';

/** Workspace path of a document's memo file. */
export function memoPath(docPath: string): string {
  return `${MEMOS_DIR}/${docPath}.md`;
}

/** The document a memo file belongs to, or undefined for another path. */
export function documentOfMemo(path: string): string | undefined {
  return path.startsWith(MEMOS_DIR + '/') && path.endsWith('.md') && path.length > MEMOS_DIR.length + 4 ? path.slice(MEMOS_DIR.length + 1, -3) : undefined;
}

/**
 * Codebook text with the memo of tag `id` set (or removed when `memo` is empty), keeping
 * comments and layout; a tag not yet listed is added. Throws {@link AnnotationFileError} when
 * the codebook does not parse.
 */
export function setTagMemo(sourceText: string, id: string, memo: string, path = CODEBOOK_PATH): string {
  if (!isValidTagId(id)) throw new AnnotationFileError({ path, severity: 'error', message: `invalid tag id "${id}"` });
  const base = sourceText.trim() === '' ? 'version: 1\ntags: []\n' : sourceText;
  const blocking = parseCodebook(path, base).problems.find((p) => p.severity === 'error');
  if (blocking) throw new AnnotationFileError(blocking);
  const doc = parseDocument(base);
  let seq = doc.get('tags', true);
  if (!isSeq(seq)) {
    doc.set('tags', doc.createNode([]));
    seq = doc.get('tags', true);
  }
  if (!isSeq(seq)) return base;
  const value = memo.trim() === '' ? undefined : memo.replace(/\r\n?/g, '\n');
  const node = (): Scalar => {
    const s = doc.createNode(value) as Scalar;
    if (value!.includes('\n')) s.type = Scalar.BLOCK_LITERAL;
    return s;
  };
  const entry = seq.items.find((it) => isMap(it) && it.get('id') === id);
  if (isMap(entry)) {
    if (value === undefined) entry.delete('memo');
    else entry.set('memo', node());
  } else if (value !== undefined) {
    seq.flow = false;
    const map = doc.createNode({ id });
    (map as unknown as { set(k: string, v: unknown): void }).set('memo', node());
    seq.items.push(map);
  }
  return doc.toString();
}
