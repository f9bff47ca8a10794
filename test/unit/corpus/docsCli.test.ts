import * as assert from 'node:assert';
import { DocRow, tableRow } from '../../../src/cli/commands/docs';

describe('cli docs table', () => {
  const row = (severities: Array<'info' | 'warning' | 'error'>): DocRow => ({
    path: 'a.md', title: 'A', language: 'en', date: null, encoding: 'utf-8', institutions: [], themes: [], type: "other", jurisdiction: [], evidence: { type: "", jurisdiction: "" },
    problems: severities.map((severity) => ({ severity, message: severity })),
  });

  it('counts warnings and errors in the problems column, not informational notes', () => {
    assert.strictEqual(tableRow(row(['info'])).at(-1), '');
    assert.strictEqual(tableRow(row(['info', 'warning', 'error', 'info'])).at(-1), '2');
    assert.strictEqual(tableRow(row([])).at(-1), '');
  });
});
