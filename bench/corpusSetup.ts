/**
 * The corpus one benchmark scale runs on: the seeded synthetic corpus (with built-in entity
 * names sprinkled in so mention matching and hovers have real work) plus one ~50 KB
 * document for the incremental-update measurement, all in an in-memory file port.
 */
import { BUILTIN_ENTITIES } from '../src/core/knowledge';
import { MemoryFiles } from '../test/unit/support/memoryFiles';
import { makeSyntheticCorpus, type PlantedTarget, type SyntheticDoc } from './synthetic';

/** Path of the large document the incremental update edits. */
export const BIG_DOC = 'synthetic/big-50k.md';
const BIG_BYTES = 50 * 1024;

export interface BenchCorpus {
  readonly files: MemoryFiles;
  readonly docs: readonly SyntheticDoc[];
  readonly planted: readonly PlantedTarget[];
  /** UTF-8 bytes of every document. */
  readonly bytes: number;
  /** Passages the generator made (the scale's nominal size). */
  readonly passages: number;
}

/** Names of built-in entities a policy text would typically mention (both languages). */
export function sprinkledNames(): { en?: string; zh?: string }[] {
  const kinds = new Set(['institution', 'model', 'law', 'agreement', 'person', 'principle']);
  return BUILTIN_ENTITIES.filter((e) => kinds.has(e.kind)).slice(0, 60).map((e) => ({ ...e.names }));
}

/** A markdown document of about 50 KB (UTF-8) made of passages borrowed from `docs`. */
function bigDocument(docs: readonly SyntheticDoc[]): string {
  const parts = ['---', 'title: "A long synthetic report"', '---', '', '# A long synthetic report', ''];
  let bytes = 0;
  for (const d of docs) {
    for (const block of d.text.split('\n\n')) {
      if (block.startsWith('---') || block.startsWith('#') || block.length < 50) continue;
      parts.push(block.trim(), '');
      bytes += Buffer.byteLength(block) + 2;
      if (parts.length % 24 === 0) parts.push(`## Part ${parts.length / 24}`, '');
      if (bytes >= BIG_BYTES) return parts.join('\n');
    }
  }
  return parts.join('\n');
}

/** Build the in-memory corpus for `passages` passages from `seed`. */
export function benchCorpus(seed: number, passages: number): BenchCorpus {
  const { docs, planted } = makeSyntheticCorpus(seed, passages, { names: sprinkledNames() });
  const files = new MemoryFiles();
  let bytes = 0;
  const all: SyntheticDoc[] = [...docs, { path: BIG_DOC, text: bigDocument(docs), format: 'markdown' }];
  for (const d of all) {
    files.set(d.path, d.text);
    bytes += files.files.get(d.path)!.data.length;
  }
  return { files, docs: all, planted, bytes, passages };
}
