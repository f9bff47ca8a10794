/**
 * Where `.policylens/entities.yaml` defines or overrides an entity, so "Go to Definition"
 * on a mention can land on the right line of the workspace file.
 */
import { parseEntitiesYaml } from './workspace';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Zero-based line and column of the `id: <id>` key of the entry for `id`, or undefined
 * when the file has no such entry. Works on a file the parser rejects too (then by a
 * line scan), so a broken file still leads the user to the entry.
 */
export function entityDefinitionLine(text: string, id: string): { line: number; column: number } | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const idLine = new RegExp(`^(\\s*(?:-\\s+)?)id\\s*:\\s*(["']?)${escapeRegExp(id)}\\2\\s*(?:#.*)?$`);
  const find = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const m = idLine.exec(lines[i]);
      if (m) return { line: i, column: m[1].length };
    }
    return undefined;
  };
  const parsed = parseEntitiesYaml(text);
  const patch = parsed.patches.find((p) => p.id === id);
  if (patch) {
    // The entry starts on `patch.line`; its `id:` key may sit a few lines below.
    const next = parsed.patches.filter((p) => p.line > patch.line).map((p) => p.line);
    return find(patch.line, next.length ? Math.min(...next) : lines.length) ?? { line: patch.line, column: 0 };
  }
  return find(0, lines.length);
}
