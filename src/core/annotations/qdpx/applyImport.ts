/**
 * Writing an import into the workspace: annotations through the annotation store (merged by
 * id like every other write), new codes into the codebook (existing entries are kept, and a
 * differing memo is reported, never overwritten), document memos into their memo files
 * (an existing memo gets the imported text appended under a marked line).
 */
import type { FilePort } from '../../ports';
import type { AnnotationStore } from '../service';
import { addTag, CODEBOOK_PATH, parseCodebook } from '../codebook';
import { memoPath } from '../memos';
import type { QdaImportResult } from './importProject';

/** What was written. */
export interface AppliedImport {
  readonly annotations: number;
  readonly documents: number;
  readonly tagsAdded: number;
  readonly memosWritten: number;
  readonly notes: readonly string[];
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

async function readText(files: FilePort, path: string): Promise<string | undefined> {
  return (await files.stat(path)) ? decoder.decode(await files.readFile(path)) : undefined;
}

/** Write `result` into the workspace behind `files`, annotations via `store`. */
export async function applyQdaImport(files: FilePort, store: AnnotationStore, result: QdaImportResult, origin: string): Promise<AppliedImport> {
  const notes: string[] = [];
  const byDoc = new Map<string, QdaImportResult['annotations'][number][]>();
  for (const a of result.annotations) byDoc.set(a.target.source, [...(byDoc.get(a.target.source) ?? []), a]);
  let codebook = (await readText(files, CODEBOOK_PATH)) ?? '';
  const before = codebook;
  const existing = new Map(parseCodebook(CODEBOOK_PATH, codebook || 'version: 1\n').codebook.tags.filter((t) => !t.implied).map((t) => [t.id, t]));
  let tagsAdded = 0;
  for (const tag of result.tags) {
    const mine = existing.get(tag.id);
    if (mine) {
      if (tag.memo && mine.memo !== tag.memo) notes.push(`code "${tag.id}" is already in the codebook; its memo from ${origin} was not copied`);
      continue;
    }
    codebook = addTag(codebook, tag);
    tagsAdded++;
  }
  // The codebook is worked out first: if it cannot be parsed, nothing at all is written.
  for (const [doc, list] of byDoc) await store.insert(doc, list);
  if (codebook !== before) await files.writeFileAtomic(CODEBOOK_PATH, encoder.encode(codebook));
  let memosWritten = 0;
  for (const [doc, memo] of result.documentMemos) {
    const path = memoPath(doc);
    const old = await readText(files, path);
    if (old !== undefined && old.includes(memo)) continue;
    const next = old === undefined || old.trim() === '' ? `${memo}\n` : `${old.replace(/\s*$/, '')}\n\n---\n\n*Imported from ${origin}:*\n\n${memo}\n`;
    await files.writeFileAtomic(path, encoder.encode(next));
    memosWritten++;
  }
  return { annotations: result.annotations.length, documents: byDoc.size, tagsAdded, memosWritten, notes };
}
