/**
 * Every user-facing string has an English and a Simplified Chinese form: `%key%` placeholders
 * in package.json resolve in both nls files, and every `l10n.t('…')` message in the adapters
 * has a zh-cn translation in the runtime bundle.
 */
import * as assert from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Messages passed to `l10n.t` as a plain string literal (the first argument). */
export function l10nMessages(source: string): string[] {
  const found: string[] = [];
  const re = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    found.push(m[2].replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n'));
  }
  return found;
}

describe('localisation', () => {
  const pkg = readFileSync('package.json', 'utf8');
  const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
  const zh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8')) as Record<string, string>;

  it('every %key% in package.json exists in English and Chinese', () => {
    const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20, 'expected localised contributions');
    assert.deepStrictEqual(keys.filter((k) => !(k in en)), []);
    assert.deepStrictEqual(keys.filter((k) => !(k in zh)), []);
  });

  it('the two nls files have the same keys and Chinese values differ from English', () => {
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    // The product name stays as it is in both languages.
    const untranslated = Object.keys(en).filter((k) => zh[k] === en[k] && en[k] !== 'Policy Lens' && /[a-z]{4}/.test(en[k]));
    assert.deepStrictEqual(untranslated, []);
  });

  it('every runtime message has a zh-cn translation', () => {
    const bundle = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
    const messages = new Set(sources('src/vscode').flatMap((f) => l10nMessages(readFileSync(f, 'utf8'))));
    assert.ok(messages.size > 0, 'no l10n.t messages found');
    assert.deepStrictEqual([...messages].filter((m) => !(m in bundle)).sort(), []);
  });

  it('no translation is left behind for a message the code no longer uses', () => {
    const messages = new Set(sources('src/vscode').flatMap((f) => l10nMessages(readFileSync(f, 'utf8'))));
    const parts = readdirSync('l10n/parts').filter((n) => n.endsWith('.zh-cn.json'));
    const stale = parts.flatMap((n) => Object.keys(JSON.parse(readFileSync(join('l10n/parts', n), 'utf8')) as object)
      .filter((k) => !messages.has(k)).map((k) => `${n}: ${k}`));
    assert.deepStrictEqual(stale, []);
  });

  it('the message extractor sees escaped quotes and placeholders', () => {
    assert.deepStrictEqual(l10nMessages(`l10n.t('It\\'s {0}', x); vscode.l10n.t("B")`), [`It's {0}`, 'B']);
  });
});
