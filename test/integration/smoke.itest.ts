/**
 * Smoke test of the wiring in a real VS Code: the extension is present, activates, registers
 * its commands and contributes its view container with its views.
 */
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-lens.policy-lens';
const EXPECTED_VIEWS = ['policyLens.corpus', 'policyLens.entities', 'policyLens.annotations', 'policyLens.related', 'policyLens.segments', 'policyLens.compareCoders'];

/** The extension under test, failing the test with a readable message when VS Code lacks it. */
function policyLens(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded; extensions seen: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  return ext;
}

describe('smoke: Policy Lens in a real VS Code', () => {
  it('opens a workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'the runner should open a workspace folder');
  });

  it('is present and activates', async () => {
    const ext = policyLens();
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('registers its commands', async () => {
    await policyLens().activate();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['policyLens.refresh', 'policyLens.goTo']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  it('contributes its views in the policyLens container', () => {
    const contributes = policyLens().packageJSON.contributes ?? {};
    const views: Array<{ id: string }> = contributes.views?.policyLens ?? [];
    assert.deepStrictEqual(views.map((v) => v.id).sort(), [...EXPECTED_VIEWS].sort());
    const containers: Array<{ id: string }> = contributes.viewsContainers?.activitybar ?? [];
    assert.ok(containers.some((c) => c.id === 'policyLens'), 'no activity-bar view container with id policyLens');
  });

  it('opens the Policy Lens view container', async () => {
    await policyLens().activate();
    await vscode.commands.executeCommand('workbench.view.extension.policyLens');
  });
});
