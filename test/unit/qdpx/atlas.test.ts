/** The two ATLAS.ti 23 projects in ../shared/refi-qda/samples import (users, nested codes); skipped when absent. */
import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openProject } from '../../../src/core/annotations/qdpx/archive';
import { importQdaProject } from '../../../src/core/annotations/qdpx/importProject';
import { isValidTagId } from '../../../src/core/annotations/codebook';

const DIR = resolve(process.cwd(), '../shared/refi-qda/samples');

describe('REFI-QDA import of projects written by ATLAS.ti', () => {
  if (!existsSync(DIR)) {
    it('skipped: ../shared/refi-qda/samples not found', function () { this.skip(); });
    return;
  }
  for (const name of ['target-atlas-project.qdpx', 'blank-atlas-project.qdpx']) {
    it(`${name}: users become coders and nested codes keep their hierarchy`, () => {
      const opened = openProject(readFileSync(resolve(DIR, name)));
      const r = importQdaProject({ project: opened.project, documents: [], readText: opened.readText });
      assert.ok(opened.project.users.size >= 1);
      assert.deepEqual(r.coders, [...opened.project.users.values()].sort());
      assert.equal(r.tags.length, opened.project.codes.length);
      for (const t of r.tags) assert.ok(isValidTagId(t.id), t.id);
      // Every nested code sits under its parent's id.
      for (const c of opened.project.codes.filter((x) => x.path.length > 1)) {
        const id = r.tags[opened.project.codes.indexOf(c)].id;
        assert.ok(r.tags.some((t) => id.startsWith(t.id + '/')), id);
      }
      assert.deepEqual(r.annotations, []);
      assert.deepEqual(r.problems, []);
    });
  }
  it('the target project has a two-level codebook', () => {
    const opened = openProject(readFileSync(resolve(DIR, 'target-atlas-project.qdpx')));
    const r = importQdaProject({ project: opened.project, documents: [], readText: opened.readText });
    assert.ok(r.tags.some((t) => t.id.split('/').length === 2));
  });
});
