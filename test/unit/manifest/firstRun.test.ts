/**
 * The first minutes and Restricted Mode, as far as the manifest decides them: an icon of the
 * size the Marketplace and the Extensions view expect, a walkthrough whose steps exist, and
 * write commands that are never offered in an untrusted workspace.
 */
import * as assert from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';

interface MenuItem { command: string; when?: string }
interface Step { id: string; media: { image?: string; markdown?: string }; completionEvents?: string[] }

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Commands that write workspace files (or an export) and so must be hidden when untrusted. */
const WRITES = [
  'policyLens.corpus.setInstitution', 'policyLens.corpus.setThemes', 'policyLens.entities.addFromSelection',
  'policyLens.annotate', 'policyLens.annotation.edit', 'policyLens.annotation.retag', 'policyLens.annotation.link',
  'policyLens.annotation.delete', 'policyLens.annotation.undoDelete', 'policyLens.annotation.reattach',
  'policyLens.annotations.import', 'policyLens.annotations.export',
  'policyLens.importDocuments',
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  assert.strictEqual(b.toString('latin1', 1, 4), 'PNG', `${path} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest: first run and Restricted Mode', () => {
  it('has a 128×128 PNG icon and a gallery banner', () => {
    assert.ok(typeof pkg.icon === 'string' && existsSync(pkg.icon), 'package.json names an existing icon');
    assert.deepStrictEqual(pngSize(pkg.icon), { width: 128, height: 128 });
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
  });

  it('contributes a walkthrough of 5–7 steps whose media exist and ship in the package', () => {
    const walkthroughs = pkg.contributes.walkthroughs as { steps: Step[] }[];
    assert.strictEqual(walkthroughs.length, 1);
    const steps = walkthroughs[0].steps;
    assert.ok(steps.length >= 5 && steps.length <= 7, `${steps.length} steps`);
    const kept = readFileSync('.vscodeignore', 'utf8').split('\n').filter((l) => /^!.+\/\*\*$/.test(l)).map((l) => l.slice(1, -2));
    for (const s of steps) {
      const media = s.media.image ?? s.media.markdown;
      assert.ok(media && existsSync(media), `step ${s.id}: media ${media} exists`);
      assert.ok(kept.some((folder) => media!.startsWith(folder)), `step ${s.id}: ${media} is packaged (.vscodeignore)`);
      assert.ok(s.completionEvents?.length, `step ${s.id} can be completed`);
    }
  });

  it('offers no write command in menus or the palette of an untrusted workspace', () => {
    const offending: string[] = [];
    for (const [menu, items] of Object.entries(pkg.contributes.menus as Record<string, MenuItem[]>)) {
      for (const item of items) {
        if (!WRITES.includes(item.command) || item.when === 'false') continue;
        if (!/\bisWorkspaceTrusted\b/.test(item.when ?? '')) offending.push(`${menu}: ${item.command}`);
      }
    }
    assert.deepStrictEqual(offending, []);
    const palette = new Set((pkg.contributes.menus.commandPalette as MenuItem[]).map((m) => m.command));
    assert.deepStrictEqual(WRITES.filter((c) => !palette.has(c)), [], 'every write command has a palette entry with a when clause');
  });

  it('Annotate Selection answers its key even without a selection (it then says what to do)', () => {
    const key = (pkg.contributes.keybindings as MenuItem[]).find((k) => k.command === 'policyLens.annotate');
    assert.ok(key, 'a keybinding exists');
    assert.ok(!/editorHasSelection/.test(key!.when ?? ''), 'the key is not silently swallowed without a selection');
  });

  it('describes every value of the groupBy setting', () => {
    const g = pkg.contributes.configuration.properties['policyLens.corpus.groupBy'];
    assert.strictEqual(g.enumDescriptions?.length, g.enum.length);
  });
});
