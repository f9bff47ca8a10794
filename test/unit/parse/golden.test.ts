/**
 * Golden fixtures: test/fixtures/parse/<case>/input.* parsed from bytes and compared with
 * expected.json. Regenerate with UPDATE_GOLDEN=1 after an intended change, then review the diff.
 */
import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text/lines';
import type { ParsedDocument } from '../../../src/core/types';
import { badSpans } from './spanCheck';

const ROOT = 'test/fixtures/parse';

function summary(doc: ParsedDocument): unknown {
  const lines = new LineIndex(doc.text);
  const line = (offset: number): number => lines.positionAt(offset).line;
  return {
    format: doc.format,
    encoding: doc.encoding,
    title: doc.title ?? null,
    frontMatterKeys: doc.frontMatter ? Object.keys(doc.frontMatter) : null,
    toc: doc.toc ? { fromLine: line(doc.toc.start), toLine: line(doc.toc.end) } : null,
    problems: doc.problems.map((p) => ({ severity: p.severity, line: p.line ?? null, message: p.message })),
    headings: doc.headings.map((h) => ({ level: h.level, text: h.text, line: line(h.span.start) })),
    passageCount: doc.passages.length,
    passages: doc.passages.slice(0, 8).map((p) => ({ kind: p.kind, line: line(p.span.start), heading: p.heading, text: p.text.slice(0, 60) })),
  };
}

describe('parse golden fixtures', () => {
  const cases = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];
  it('has fixture cases', () => assert.ok(cases.length >= 10, `found ${cases.length} cases in ${ROOT}`));
  for (const name of cases) {
    it(name, () => {
      const input = readdirSync(join(ROOT, name)).find((f) => f.startsWith('input.'));
      assert.ok(input, `no input.* in ${name}`);
      const doc = parseBytes(`${name}/${input}`, readFileSync(join(ROOT, name, input)));
      assert.ok(!('skipped' in doc), `skipped: ${'skipped' in doc ? doc.skipped : ''}`);
      assert.deepStrictEqual(badSpans(doc), []);
      const actual = summary(doc);
      const file = join(ROOT, name, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
        if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`wrote missing ${file}; review it and run again`);
        return;
      }
      assert.deepStrictEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
