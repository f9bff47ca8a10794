/** An in-memory implementation of the core's FilePort, for unit tests. */
import { FilePort, FileStat, safeRelativePath } from '../../../src/core/ports';
import { compileGlobs } from '../../../src/core/corpus/glob';

export class MemoryFiles implements FilePort {
  readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private tick = 1;

  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(initial)) this.set(path, content);
  }

  set(path: string, content: string | Uint8Array): void {
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(safeRelativePath(path), { data, mtime: this.tick++ });
  }

  text(path: string): string | undefined {
    const f = this.files.get(safeRelativePath(path));
    return f && new TextDecoder().decode(f.data);
  }

  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(safeRelativePath(path));
    if (!f) throw new Error(`ENOENT: ${path}`);
    return f.data;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const f = this.files.get(safeRelativePath(path));
    return f && { size: f.data.length, mtime: f.mtime };
  }

  async listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]> {
    const matches = compileGlobs(include, exclude);
    return [...this.files.keys()].filter(matches).sort();
  }

  async writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
    this.files.set(safeRelativePath(path), { data, mtime: this.tick++ });
  }

  async deleteFile(path: string): Promise<void> {
    this.files.delete(safeRelativePath(path));
  }
}
