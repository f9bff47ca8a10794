/**
 * Fuzzing the loaders: random bytes, random markdown built from the syntax that trips
 * parsers (brackets, quotes, fences, emphasis, tables, front matter) and random YAML go to
 * every reader of workspace files. None may throw (the annotation file reader may only throw
 * its own AnnotationFileError, which is how it reports a bad file) and none may hang: inputs
 * are kept small and every case is timed against a generous bound.
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseCodebook } from '../../../src/core/annotations/codebook';
import { AnnotationFileError } from '../../../src/core/annotations/errors';
import { parseAnnotationFile } from '../../../src/core/annotations/store';
import { parseCatalog } from '../../../src/core/corpus/catalog';
import { buildDocument } from '../../../src/core/corpus/document';
import { BUILTIN_ENTITIES, mergeKnowledge } from '../../../src/core/knowledge';
import { parseEntitiesYaml } from '../../../src/core/knowledge/workspace';
import { parseBytes, parseDocument } from '../../../src/core/parse';
import { decodeBytes } from '../../../src/core/text/decode';

/** One case may take this long before we call it a hang (the machine is shared and slow). */
const CASE_MS = 3000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

function timed<T>(what: string, input: unknown, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  assert.ok(ms < CASE_MS, `${what} took ${ms.toFixed(0)} ms on ${JSON.stringify(input).slice(0, 300)}`);
  return out;
}

const PIECES = ['[', ']', '(', ')', '![', '](', '>', '> ', '#', '## ', '*', '**', '_', '`', '```', '~~~', '~~', '|', '|---|', '-', '- ', '1. ',
  '<div>', '</div>', '<!--', '-->', '&amp;', '\\', '\n', '\n\n', '\r\n', '\r', '  ', '\t', '---\n', 'title: x\n', ': ', '"', "'",
  '人工智能', '治理', 'AI Act', 'data', '[^1]', '[^1]: ', 'https://example.org', '\u0000', '\uFEFF', '😀', '\uD800', '　', '。'];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((a) => a.join(''));
const frontMattered = fc.tuple(fc.array(fc.constantFrom('a: 1', 'b: [x, y', 'c: &x [1]', 'd: *x', 'title: "T', '  - item', 'e: {f: g}', '? k', '!!binary x', '%TAG'), { maxLength: 12 }), markdownish)
  .map(([yaml, body]) => `---\n${yaml.join('\n')}\n---\n${body}`);
const YAML_PIECES = ['version: 1\n', 'documents:\n', 'entities:\n', 'tags:\n', '  ', '- ', 'id: ', 'a.md:', '../x.md:', 'title: ', 'date: 2021-13', 'names: {en: X}',
  'kind: concept', 'language: zh', '&a ', '*a', '[', ']', '{', '}', '"', "'", ':', '\n', '#', '|', '>', '!!str ', '~', 'null', '人工智能'];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));
const bytes = fc.uint8Array({ maxLength: 2048 });

describe('fuzz: loaders never throw and never hang', function () {
  this.timeout(180_000);
  const kb = mergeKnowledge(BUILTIN_ENTITIES);

  it('decodeBytes and parseBytes on random bytes', () => {
    fc.assert(fc.property(bytes, (b) => {
      const d = timed('decodeBytes', [...b], () => decodeBytes(b));
      assert.ok(d.ok ? typeof d.text === 'string' : d.reason.length > 0);
      timed('parseBytes', [...b], () => parseBytes('x.md', b));
      timed('parseBytes', [...b], () => parseBytes('x.txt', b));
    }), { numRuns: RUNS });
  });

  it('parseDocument and buildDocument on random markdown and plain text', () => {
    fc.assert(fc.property(fc.oneof(markdownish, frontMattered), (text) => {
      for (const path of ['x.md', 'x.txt']) {
        const doc = timed('parseDocument', text, () => parseDocument(path, text, 'utf-8'));
        for (const p of doc.passages) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
        timed('buildDocument', text, () => buildDocument(path, text, 'utf-8', kb, undefined, '.policylens/catalog.yaml'));
      }
    }), { numRuns: RUNS });
  });

  it('catalog, codebook and entities readers on random YAML', () => {
    fc.assert(fc.property(fc.oneof(yamlish, fc.string({ maxLength: 400 })), (text) => {
      timed('parseCatalog', text, () => parseCatalog(text));
      timed('parseCodebook', text, () => parseCodebook('.policylens/codebook.yaml', text));
      timed('parseEntitiesYaml', text, () => parseEntitiesYaml(text));
    }), { numRuns: RUNS });
  });

  it('the annotation file reader on random JSON-like text only reports AnnotationFileError', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 300 }),
      fc.record({ version: fc.oneof(fc.constant(1), fc.anything()), source: fc.oneof(fc.constant('a.md'), fc.string()), annotations: fc.array(fc.anything(), { maxLength: 4 }) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(fc.property(jsonish, (text) => {
      try {
        timed('parseAnnotationFile', text, () => parseAnnotationFile('.policylens/annotations/a.md.json', text));
      } catch (e) {
        if (!(e instanceof AnnotationFileError)) throw e;
      }
    }), { numRuns: RUNS });
  });
});
