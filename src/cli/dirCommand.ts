/**
 * Pieces shared by commands of the form `policy-lens <command> <dir> …` that work on a
 * workspace folder's files: the entry that checks the folder argument, and reading a
 * document's text the way the corpus decodes it.
 */
import { OutsideWorkspaceError, type FilePort } from '../core/ports';
import { collectProblems } from './problems';
import { decodeBytes } from '../core/text/decode';
import { NodeFiles } from './nodeFiles';

type Out = (s: string) => void;

/** A `run(args, out)` that takes the folder from `args[0]` (usage and exit 2 without one). */
export function runInDir(usage: string, runWith: (files: FilePort, args: string[], out: Out) => Promise<number>) {
  return async (args: string[], out: Out): Promise<number> => {
    const dir = args[0];
    if (!dir || dir.startsWith('--')) {
      out(usage);
      return 2;
    }
    return runWith(new NodeFiles(dir), args.slice(1), out);
  };
}

/** Decoded text of a document, or undefined when it is missing or undecodable. */
export async function readDocumentText(files: FilePort, path: string): Promise<string | undefined> {
  try {
    if (!(await files.stat(path))) return undefined;
    const decoded = decodeBytes(await files.readFile(path));
    return decoded.ok ? decoded.text : undefined;
  } catch (e) {
    // A path that leaves the workspace (by name or through a link) is not read: reported, not fatal.
    if (!(e instanceof OutsideWorkspaceError)) throw e;
    collectProblems([{ path, severity: 'warning', message: `skipped: ${e.message}` }]);
    return undefined;
  }
}
