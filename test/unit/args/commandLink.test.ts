/** Command links built from workspace data must not let that data forge another link. */
import * as assert from 'node:assert';
import { commandLink, isLocationArg, isSafePath } from '../../../src/vscode/args';

describe('command links and their arguments', () => {
  it('encodes characters that could close a markdown link', () => {
    const link = commandLink('policyLens.openLocation', { path: 'a) [x](command:evil', start: 1 });
    assert.ok(!/[()\s[\]]/.test(link.slice('command:policyLens.openLocation?'.length)), link);
    const args = JSON.parse(decodeURIComponent(link.split('?')[1])) as unknown[];
    assert.deepStrictEqual(args, [{ path: 'a) [x](command:evil', start: 1 }]);
  });

  it('accepts only workspace-relative locations with sane offsets', () => {
    assert.ok(isLocationArg({ path: 'seeds/a.txt', start: 3, end: 9 }));
    assert.ok(!isLocationArg({ path: '../outside.txt', start: 0 }));
    assert.ok(!isLocationArg({ path: '/etc/passwd', start: 0 }));
    assert.ok(!isLocationArg({ path: 'a.txt', start: 5, end: 2 }));
    assert.ok(!isLocationArg({ path: 'a.txt', start: -1 }));
    assert.ok(!isSafePath('a/../../b'));
    assert.ok(isSafePath('docs/报告.md'));
  });
});
