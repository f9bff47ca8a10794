/**
 * Every project.qde the project writes validates against the REFI-QDA schema
 * (../shared/refi-qda/Project-mrt2019.xsd) with xmllint; skipped, saying so, when either is absent.
 */
import * as assert from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toQdpx } from '../../../src/core/annotations/export/qdpx';
import { parseCodebook } from '../../../src/core/annotations/codebook';
import type { Annotation } from '../../../src/core/annotations/types';
import { annotationOn, BILINGUAL, ENGLISH } from '../annotations/helpers';

const XSD = resolve(process.cwd(), '../shared/refi-qda/Project-mrt2019.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function projects(): { name: string; xml: string }[] {
  const rare = '𠀀 开头。\r\n' + BILINGUAL;
  const a: Annotation = { ...annotationOn('m.md', rare, '算力资源的分配', 'a1'), tags: ['governance/compute', 'equity'], note: 'a <note> & "quotes"\r\nline two', author: '林' };
  const b: Annotation = { ...annotationOn('e.txt', ENGLISH, 'compute thresholds', '0a1b2c3d-0000-4000-8000-000000000003'), tags: [] };
  const { codebook } = parseCodebook('c', 'version: 1\ntags:\n  - id: governance\n    description: rules\n    memo: "memo\\nwith lines"\n    color: "#AABBCC"\n  - id: governance/compute/very/deep\n');
  const textOf = (p: string) => (p === 'm.md' ? rare : p === 'e.txt' ? ENGLISH : p === 'memo-only.md' ? 'x' : undefined);
  return [
    { name: 'full', xml: toQdpx({ annotations: [a, b], textOf, codebook, documentMemos: new Map([['m.md', 'doc memo'], ['memo-only.md', 'only a memo']]) }).projectXml },
    { name: 'no author, no codebook', xml: toQdpx({ annotations: [b], textOf }).projectXml },
    { name: 'empty', xml: toQdpx({ annotations: [], textOf }).projectXml },
  ];
}

describe('REFI-QDA export validates against Project-mrt2019.xsd', () => {
  if (!existsSync(XSD) || !hasXmllint) {
    it(`skipped: ${existsSync(XSD) ? 'xmllint (libxml2-utils) not installed' : '../shared/refi-qda not found'}`, function () { this.skip(); });
    return;
  }
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'pl-qde-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const validate = (xml: string): { ok: boolean; out: string } => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.qde`);
    writeFileSync(file, xml);
    try {
      return { ok: true, out: execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (e) {
      return { ok: false, out: String((e as { stderr?: string }).stderr ?? e) };
    }
  };
  for (const p of projects()) {
    it(`${p.name} project validates`, () => {
      const r = validate(p.xml);
      assert.ok(r.ok, r.out);
    });
  }
  it('the validator rejects an invalid project (so a pass means something)', () => {
    const r = validate(projects()[0].xml.replace('<CodeBook>', '<CodeBook><Bogus/>'));
    assert.ok(!r.ok);
  });
});
