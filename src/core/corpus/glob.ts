/**
 * A small, dependency-free glob matcher for workspace-relative POSIX paths, so the
 * include/exclude settings mean the same thing in VS Code, the CLI and the tests.
 *
 * Supported: `**` (any number of whole path segments), `*` (within one segment), `?`
 * (one character other than `/`), `{a,b}` alternatives (nestable, may hold wildcards) and
 * character classes `[abc]`, `[a-z]`, `[!x]` / `[^x]`. Dot files are matched like any other.
 */

/** Thrown when a glob cannot be compiled (for example an unclosed `{` or `[`). */
export class GlobSyntaxError extends Error {
  constructor(readonly glob: string, reason: string) {
    super(`Invalid glob "${glob}": ${reason}`);
    this.name = 'GlobSyntaxError';
  }
}

/** Compile one glob to an anchored regular expression over the whole path. */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  return new RegExp('^' + translate(pattern, 0, pattern.length, glob) + '$', 'u');
}

/**
 * A predicate that accepts a path matching any include glob and no exclude glob
 * (an empty include list accepts nothing, as `FilePort.listFiles` promises).
 */
export function compileGlobs(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return (path: string) => {
    const p = path.replace(/\\/g, '/');
    return inc.some((r) => r.test(p)) && !exc.some((r) => r.test(p));
  };
}

/**
 * A predicate telling whether a whole directory is excluded (every path below it would be),
 * so a file walker can skip it without descending. Conservative: only globs ending in `/**`
 * prune directories.
 */
export function compileDirectoryExclude(exclude: readonly string[]): (dir: string) => boolean {
  const dirs = exclude
    .map((g) => g.replace(/\\/g, '/'))
    .filter((g) => g.endsWith('/**'))
    .map((g) => globToRegExp(g.slice(0, -3)));
  return (dir: string) => dirs.some((r) => r.test(dir));
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\*?]/.test(c) ? '\\' + c : c;
}

/** Translate `glob[from, to)` into regular-expression source. */
function translate(glob: string, from: number, to: number, whole: string): string {
  let re = '';
  let i = from;
  while (i < to) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === from || glob[i - 1] === '/';
        let j = i;
        while (glob[j] === '*') j++;
        const atSegmentEnd = j === to || glob[j] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (glob[j] === '/') {
            re += '(?:[^/]*/)*'; // zero or more whole segments
            i = j + 1;
          } else {
            // `a/**` matches `a` itself and everything below it.
            re = i === from ? re + '.*' : re.slice(0, -1) + '(?:/.*)?';
            i = j;
          }
          continue;
        }
        re += '[^/]*';
        i = j;
        continue;
      }
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[') {
      const end = classEnd(glob, i, to);
      if (end < 0) throw new GlobSyntaxError(whole, `unclosed "[" at ${i}`);
      re += translateClass(glob.slice(i + 1, end));
      i = end + 1;
    } else if (c === '{') {
      const end = braceEnd(glob, i, to);
      if (end < 0) throw new GlobSyntaxError(whole, `unclosed "{" at ${i}`);
      const alternatives = splitTopLevel(glob, i + 1, end).map(([s, e]) => translate(glob, s, e, whole));
      re += '(?:' + alternatives.join('|') + ')';
      i = end + 1;
    } else {
      re += escapeChar(c);
      i++;
    }
  }
  return re;
}

function classEnd(glob: string, open: number, to: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++; // a leading `]` is literal
  for (; i < to; i++) if (glob[i] === ']') return i;
  return -1;
}

function translateClass(body: string): string {
  let negate = false;
  let b = body;
  if (b[0] === '!' || b[0] === '^') {
    negate = true;
    b = b.slice(1);
  }
  const inner = b.replace(/[\\\]^[]/g, (m) => '\\' + m).replace(/\//g, '');
  return negate ? `[^/${inner}]` : `[${inner}]`;
}

function braceEnd(glob: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(glob: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}') depth--;
    else if (glob[i] === ',' && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  return parts;
}
