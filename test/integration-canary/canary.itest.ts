/**
 * The canary: one real passing check and one deliberately failing check. The runner expects
 * this suite to end non-zero and its output to name the failing test below.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Title the runner searches for in the host output to be sure the failure came from here. */
export const CANARY_TITLE = 'CANARY must fail: a command that was never registered is reported as registered';

describe('integration canary', () => {
  it('sees the real vscode API (this one passes)', () => {
    assert.strictEqual(typeof vscode.version, 'string');
    assert.ok(vscode.version.length > 0);
  });

  it(CANARY_TITLE, async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('policyLens.__canaryNeverRegistered'), 'expected failure: the canary command does not exist');
  });
});
