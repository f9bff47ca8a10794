import * as assert from 'node:assert';
import { parseCatalog } from '../../../src/core/corpus/catalog';
import { buildDocument } from '../../../src/core/corpus/document';
import { BUILTIN_ENTITIES, mergeKnowledge } from '../../../src/core/knowledge';
import { parseDocument } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text/lines';
import { parseYamlSource } from '../../../src/core/text/yamlSource';
import { assertRoughlyLinear } from './scaling';

/** Short LF lines, no `\r` anywhere: the shape that made the old line index quadratic. */
const lfText = (chars: number): string => 'A short line of policy text about model audits.\n'.repeat(Math.ceil(chars / 48));

function prose(chars: number, markdown: boolean): string {
  const parts: string[] = markdown ? ['---', 'title: Scaling', '---', ''] : [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = i % 7 === 0 && markdown ? `## Section ${i}` : `Paragraph ${i} on data governance, 人工智能治理 and model evaluation; the agency reviews item ${i}.`;
    parts.push(p, '');
    n += p.length + 2;
  }
  return parts.join('\n');
}

describe('linear time on big inputs', function () {
  this.timeout(120_000);

  it('builds the line index of an LF-only file in linear time', () => {
    assertRoughlyLinear('LineIndex', (size) => {
      const text = lfText(size);
      return () => assert.ok(new LineIndex(text).lineCount > size / 60);
    }, 2_000_000);
  });

  it('line index: same lines for LF, CRLF, CR and mixed endings', () => {
    const li = new LineIndex('a\r\nb\rc\n\nd');
    assert.strictEqual(li.lineCount, 5);
    assert.deepStrictEqual([0, 1, 2, 3, 4].map((l) => li.lineSpan(l)), [
      { start: 0, end: 1 }, { start: 3, end: 4 }, { start: 5, end: 6 }, { start: 7, end: 7 }, { start: 8, end: 9 },
    ]);
    assert.strictEqual(new LineIndex('x\n').lineCount, 2);
    assert.strictEqual(new LineIndex('').lineCount, 1);
  });

  const kb = mergeKnowledge(BUILTIN_ENTITIES);
  for (const markdown of [false, true]) {
    it(`a ${markdown ? 'markdown' : 'plain-text'} document (parse, mentions, metadata) costs time proportional to its size`, () => {
      assertRoughlyLinear('buildDocument', (size) => {
        const text = prose(size, markdown);
        return () => assert.ok(buildDocument(markdown ? 'big.md' : 'big.txt', text, 'utf-8', kb, undefined, '.policylens/catalog.yaml').parsed.passages.length > 0);
      }, 80_000, 7, 60);
    });
  }

  const hostile: [string, (n: number) => string][] = [
    ['unmatched "]"', (n) => ']'.repeat(n)],
    ['nested "["', (n) => '['.repeat(n)],
    ['nested "[" then "]"', (n) => '['.repeat(n / 2) + ']'.repeat(n / 2)],
    ['nested block quotes', (n) => '>'.repeat(n) + ' quoted'],
  ];
  for (const [name, make] of hostile) {
    it(`markdown with ${name} is read as plain text with a warning, in linear time`, () => {
      const doc = parseDocument('deep.md', `Opening paragraph.\n\n${make(100_000)}\n\nClosing paragraph.\n`, 'utf-8');
      const warning = doc.problems.find((p) => p.message.includes('read as plain text'));
      assert.ok(warning, JSON.stringify(doc.problems));
      assert.strictEqual(warning.line, 2);
      assert.ok(doc.passages.some((p) => p.text === 'Closing paragraph.'));
      assertRoughlyLinear(name, (size) => {
        const text = `Intro.\n\n${make(size)}\n`;
        return () => parseDocument('deep.md', text, 'utf-8');
      }, 25_000);
    });
  }

  it('plain text with long runs of spaces (deeply indented lines) is read in linear time', () => {
    assertRoughlyLinear('indented plain text', (lines) => {
      const text = Array.from({ length: lines }, (_, i) => `${' '.repeat(1500 + (i % 9))}key ${i}:`).join('\n');
      return () => parseDocument('indented.txt', text, 'utf-8');
    }, 100);
  });

  it('ordinary brackets, quotes and lists stay markdown', () => {
    const text = '> quoted [link](https://example.org) and [^1]\n\n- [x] task\n  - nested [a] [b]\n\n[^1]: note\n';
    const doc = parseDocument('ok.md', text, 'utf-8');
    assert.deepStrictEqual(doc.problems, []);
  });

  it('a mapping of many keys parses in linear time, and duplicate keys are still errors at their line', () => {
    assertRoughlyLinear('YAML mapping', (size) => {
      const text = Array.from({ length: size }, (_, i) => `key-${i}: ${i}`).join('\n');
      return () => assert.strictEqual(parseYamlSource(text).doc.errors.length, 0);
    }, 4_000);
    const dup = parseCatalog('version: 1\ndocuments:\n  a.md:\n    title: A\n  b.md: {}\n  a.md:\n    title: B\n');
    assert.ok(dup.broken);
    assert.deepStrictEqual(dup.problems.map((p) => [p.line, p.message]), [[5, 'Map keys must be unique']]);
  });

  it('a catalog of many entries parses in linear time', () => {
    assertRoughlyLinear('catalog', (size) => {
      const lines = ['version: 1', 'documents:'];
      for (let i = 0; i < size; i++) lines.push(`  docs/file-${i}.md:`, `    title: Document ${i}`, '    themes: [safety]');
      const text = lines.join('\n');
      return () => assert.strictEqual(parseCatalog(text).documents.size, size);
    }, 1_500, 8, 100);
  });
});

describe('front matter never hides the body', () => {
  const laughs = [
    '---',
    'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
    '---',
  ].join('\n');

  it('an alias bomb: body indexed, title from the body, a warning at the block', () => {
    const doc = parseDocument('bomb.md', `${laughs}\n\n# Real title\n\nThe body paragraph.\n`, 'utf-8');
    assert.strictEqual(doc.title, 'Real title');
    assert.deepStrictEqual(doc.passages.map((p) => p.text), ['The body paragraph.']);
    assert.strictEqual(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /front matter could not be expanded/);
    assert.strictEqual(doc.problems[0].line, 1);
  });

  it('broken YAML: body indexed, the problem on the line that is wrong (not the end)', () => {
    const doc = parseDocument('bad.md', '\n---\ntitle: Fine\nlist: [a, b\nother: 1\nlast: 2\n---\n\n# Heading\n\nBody text.\n', 'utf-8');
    assert.ok(doc.passages.some((p) => p.text === 'Body text.'));
    assert.strictEqual(doc.title, 'Heading');
    const p = doc.problems.find((x) => x.message.startsWith('front matter is not valid YAML'));
    assert.ok(p, JSON.stringify(doc.problems));
    assert.ok(p.line !== undefined && p.line >= 3 && p.line <= 5, `line ${p.line}`);
  });

  it('a front matter block too large to be metadata is set aside, the body kept', () => {
    const big = `---\n${Array.from({ length: 5000 }, (_, i) => `k${i}: value number ${i}`).join('\n')}\n---\n\nBody after a huge block.\n`;
    const doc = parseDocument('huge.md', big, 'utf-8');
    assert.deepStrictEqual(doc.passages.map((p) => p.text), ['Body after a huge block.']);
    assert.match(doc.problems[0].message, /larger than 64 KB/);
  });
});
