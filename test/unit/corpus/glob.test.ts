import * as assert from 'node:assert';
import { compileDirectoryExclude, compileGlobs, globToRegExp, GlobSyntaxError } from '../../../src/core/corpus/glob';
import { MemoryFiles } from '../support/memoryFiles';

const matches = (glob: string, path: string): boolean => globToRegExp(glob).test(path);

describe('glob matcher', () => {
  it('`*` stays within one segment, `**` spans segments', () => {
    assert.ok(matches('*.md', 'a.md'));
    assert.ok(!matches('*.md', 'dir/a.md'));
    assert.ok(matches('**/*.md', 'a.md'));
    assert.ok(matches('**/*.md', 'x/y/z/a.md'));
    assert.ok(!matches('**/*.md', 'x/y/a.mdx'));
    assert.ok(matches('docs/**/*.txt', 'docs/a.txt'));
    assert.ok(matches('docs/**/*.txt', 'docs/2024/q1/a.txt'));
    assert.ok(!matches('docs/**/*.txt', 'other/docs/a.txt'));
  });

  it('trailing `/**` covers the folder and everything below it', () => {
    assert.ok(matches('**/node_modules/**', 'node_modules/pkg/readme.md'));
    assert.ok(matches('**/node_modules/**', 'a/b/node_modules/pkg/readme.md'));
    assert.ok(!matches('**/node_modules/**', 'a/node_modules_backup/readme.md'));
    assert.ok(matches('.policylens/**', '.policylens/catalog.yaml'));
    assert.ok(!matches('.policylens/**', 'x/.policylens/catalog.yaml'));
  });

  it('`?`, braces (nested, with wildcards) and character classes', () => {
    assert.ok(matches('file?.txt', 'file1.txt'));
    assert.ok(!matches('file?.txt', 'file10.txt'));
    assert.ok(!matches('a?b', 'a/b'));
    assert.ok(matches('**/*.{md,markdown,txt}', 'notes/x.markdown'));
    assert.ok(!matches('**/*.{md,markdown,txt}', 'notes/x.yaml'));
    assert.ok(matches('{seeds/*,real{world,life}/**}.md', 'realworld/a/b.md'));
    assert.ok(matches('{seeds/*,real{world,life}/**}.md', 'seeds/x.md'));
    assert.ok(!matches('{seeds/*,real{world,life}/**}.md', 'seeds/a/x.md'));
    assert.ok(matches('[0-9][0-9]_*', '17_shenzhen.md'));
    assert.ok(!matches('[0-9][0-9]_*', 'ab_x.md'));
    assert.ok(matches('[!a]*', 'b.md'));
    assert.ok(!matches('[!a]*', 'a.md'));
    assert.ok(!matches('[!a]*', '/x'), 'a negated class never matches the separator');
  });

  it('regex metacharacters in names are literal, and CJK names work', () => {
    assert.ok(matches('a+b(1).md', 'a+b(1).md'));
    assert.ok(!matches('a.md', 'aXmd'));
    assert.ok(matches('政策/*.txt', '政策/人工智能.txt'));
  });

  it('reports malformed globs', () => {
    assert.throws(() => globToRegExp('{a,b'), GlobSyntaxError);
    assert.throws(() => globToRegExp('[abc'), GlobSyntaxError);
  });

  it('compileGlobs combines include and exclude', () => {
    const ok = compileGlobs(['**/*.md', '**/*.txt'], ['**/.git/**', 'drafts/**']);
    assert.ok(ok('a.md'));
    assert.ok(ok('x/y.txt'));
    assert.ok(!ok('drafts/a.md'));
    assert.ok(!ok('p/.git/a.md'));
    assert.ok(!ok('a.yaml'));
    assert.ok(!compileGlobs([], [])('a.md'), 'no include means nothing is included');
  });

  it('directory pruning only for `/**` excludes', () => {
    const pruned = compileDirectoryExclude(['**/node_modules/**', '*.log', 'build/**']);
    assert.ok(pruned('node_modules'));
    assert.ok(pruned('a/node_modules'));
    assert.ok(pruned('build'));
    assert.ok(!pruned('src'));
    assert.ok(!pruned('a/build'));
  });

  it('MemoryFiles.listFiles uses the same matcher', async () => {
    const files = new MemoryFiles({ 'a.md': '', 'b/c.txt': '', 'node_modules/d.md': '', 'e.yaml': '' });
    assert.deepStrictEqual(await files.listFiles(['**/*.{md,txt}'], ['**/node_modules/**']), ['a.md', 'b/c.txt']);
  });
});
