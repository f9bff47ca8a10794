/**
 * Reading `.policylens/entities.yaml`, where a research team adds entities, overrides
 * built-in ones and switches some off. Every problem names the file and a zero-based line;
 * a bad entry is skipped on its own and the rest of the file still applies.
 */
import { isMap, isScalar, isSeq, Node } from 'yaml';
import { parseYamlSource, yamlProblems } from '../text/yamlSource';
import { FilePort } from '../ports';
import { Problem } from '../types';
import { EntityPatch, readEntry } from './entryFields';

/** Where the workspace knowledge file lives, relative to the workspace root. */
export const ENTITIES_FILE = '.policylens/entities.yaml';

/** The only file format version this build understands. */
export const ENTITIES_VERSION = 1;

/** What a workspace file asks for, plus everything wrong with it. */
export interface WorkspaceKnowledge {
  readonly path: string;
  readonly patches: readonly EntityPatch[];
  readonly disable: readonly { readonly id: string; readonly line: number }[];
  readonly problems: readonly Problem[];
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? (node.value as unknown) : undefined;
}

/** Parse and validate the text of an entities file. Never throws on bad input. */
export function parseEntitiesYaml(text: string, path: string = ENTITIES_FILE): WorkspaceKnowledge {
  const source = parseYamlSource(text);
  const { doc } = source;
  const problems: Problem[] = [];
  const at = (offset: number): { line: number; column: number } => source.position(offset);
  const report = (node: Node | null | undefined, severity: Problem['severity'], message: string, fallback = 0): void => {
    const place = node?.range ? at(node.range[0]) : at(fallback);
    problems.push({ path, severity, message, ...place });
  };
  const empty = { path, patches: [], disable: [], problems };
  problems.push(...yamlProblems(path, source, doc.errors, 'error', true));
  if (doc.errors.length > 0) return empty;
  problems.push(...yamlProblems(path, source, doc.warnings, 'warning', true));

  const root = doc.contents;
  if (root === null) return empty;
  if (!isMap(root)) {
    report(root, 'error', 'the file must be a map with "version", "entities" and "disable"');
    return empty;
  }
  const version = root.get('version', true);
  if (version === undefined) report(root, 'error', `missing "version: ${ENTITIES_VERSION}"`);
  else if (scalarValue(version) !== ENTITIES_VERSION) {
    report(version, 'error', `unsupported version ${String(scalarValue(version) ?? '?')}; expected ${ENTITIES_VERSION}`);
    return empty;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!['version', 'entities', 'disable'].includes(key)) report(pair.key as Node, 'warning', `unknown top-level field "${key}" is ignored`);
  }

  const patches: EntityPatch[] = [];
  const seen = new Map<string, number>();
  const entities = root.get('entities', true);
  if (entities !== undefined && entities !== null && !(isScalar(entities) && entities.value === null)) {
    if (!isSeq(entities)) report(entities, 'error', '"entities" must be a list of entries');
    else {
      for (const item of entities.items) {
        if (!isMap(item)) { report(item as Node, 'error', 'each entry must be a map with at least an "id"; entry skipped'); continue; }
        const { patch, issues } = readEntry(item);
        for (const i of issues) report(i.node ?? item, i.severity, patch || i.severity === 'warning' ? i.message : `${i.message}; entry skipped`);
        if (!patch) continue;
        const line = at(item.range![0]).line;
        const first = seen.get(patch.id);
        if (first !== undefined) {
          report(item, 'error', `id "${patch.id}" is already defined on line ${first + 1}; entry skipped`);
          continue;
        }
        seen.set(patch.id, line);
        patches.push({ ...patch, line });
      }
    }
  }

  const disable: { id: string; line: number }[] = [];
  const off = root.get('disable', true);
  if (off !== undefined && off !== null && !(isScalar(off) && off.value === null)) {
    if (!isSeq(off)) report(off, 'error', '"disable" must be a list of entity ids');
    else {
      for (const item of off.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) {
          disable.push({ id: item.value.trim(), line: at(item.range![0]).line });
        } else report(item as Node, 'error', 'each item of "disable" must be an entity id');
      }
    }
  }
  return { path, patches, disable, problems };
}

/** Read the workspace file through the port; undefined when the workspace has none. */
export async function loadWorkspaceKnowledge(files: FilePort, path: string = ENTITIES_FILE): Promise<WorkspaceKnowledge | undefined> {
  if (!(await files.stat(path))) return undefined;
  const bytes = await files.readFile(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  return parseEntitiesYaml(text, path);
}
