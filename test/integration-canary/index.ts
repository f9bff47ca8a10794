/**
 * Extension-host entry for the canary suite. It contains a test that must fail; the runner
 * (scripts/run-integration.mjs) runs it after the main suite and fails loudly if it passes,
 * proving that a failing integration test really turns the run red.
 */
import { runMochaSuite } from '../integration/index';

/** Called by the extension host: runs the canary tests in this folder. */
export function run(): Promise<void> {
  return runMochaSuite(__dirname);
}
