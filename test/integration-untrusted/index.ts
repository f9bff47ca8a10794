/**
 * Extension-host entry for the Restricted Mode suite: the runner opens the demo corpus in a
 * code-server with workspace trust enabled and the folder not trusted.
 */
import { runMochaSuite } from '../integration/index';

/** Called by the extension host: runs the untrusted-workspace tests in this folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
