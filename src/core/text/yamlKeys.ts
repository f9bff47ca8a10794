/**
 * Duplicate mapping keys, found in one pass. The yaml library's own `uniqueKeys` check
 * compares every new key with every earlier key of its map, which makes a catalog of 10 000
 * entries cost seconds; here each map keeps a set of the scalar keys it has seen, so the
 * check is linear and reports the same error (`DUPLICATE_KEY`) at the same place.
 */
import { isMap, isScalar, visit, YAMLParseError, type Document } from 'yaml';

/** Add a `DUPLICATE_KEY` error to `doc.errors` for each repeated scalar key of any mapping. */
export function checkUniqueKeys(doc: Document.Parsed): void {
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          const start = key.range?.[0] ?? 0;
          doc.errors.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(id);
      }
    },
  });
}
