import * as assert from 'node:assert';
import fc from 'fast-check';
import { firstJsonErrorOffset } from '../../../src/core/annotations/jsonError';

describe('annotations/jsonError firstJsonErrorOffset', () => {
  it('points at the offending character', () => {
    assert.strictEqual(firstJsonErrorOffset('[,'), 1);
    assert.strictEqual(firstJsonErrorOffset('{"a":1,}'), 7);
    assert.strictEqual(firstJsonErrorOffset('{"a":tru}'), 8);
    assert.strictEqual(firstJsonErrorOffset('[1 2]'), 3);
    assert.strictEqual(firstJsonErrorOffset('"abc'), 4);
    assert.strictEqual(firstJsonErrorOffset('{} x'), 3);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(fc.property(fc.json(), fc.nat(), (json, cut) => {
      assert.strictEqual(firstJsonErrorOffset(json), undefined);
      const broken = json.slice(0, cut % (json.length + 1));
      let valid = true;
      try { JSON.parse(broken); } catch { valid = false; }
      assert.strictEqual(firstJsonErrorOffset(broken) === undefined, valid);
    }), { numRuns: 1000 });
  });
});
