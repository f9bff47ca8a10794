/** The table of CLI sub-commands. */
import * as docs from './commands/docs';
import * as tree from './commands/tree';
import * as annotate from './commands/annotate';
import * as annotations from './commands/annotations';
import * as link from './commands/link';
import * as exportCmd from './commands/export';
import * as refs from './commands/refs';
import * as search from './commands/search';
import * as related from './commands/related';
import * as segments from './commands/segments';
import * as matrix from './commands/matrix';
import * as cooccurrence from './commands/cooccurrence';
import * as agreement from './commands/agreement';
import * as importQdpx from './commands/importQdpx';
import * as cites from './commands/cites';
import * as importCmd from './commands/import';

export interface CliCommand {
  readonly summary: string;
  run(args: string[], out: (s: string) => void): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  docs: { summary: 'list documents with inferred metadata  [--json]', run: docs.run },
  tree: { summary: 'group documents  --by institution|theme|year|language|type|jurisdiction [--json]', run: tree.run },
  annotate: { summary: '<path> --quote "<exact text>" [--occurrence N] --tag T [--tag T2] [--note "…"]', run: annotate.run },
  link: { summary: '<path> --quote "<exact>" --to <path2> --to-quote "<exact>" --relation R  link two passages', run: link.run },
  annotations: { summary: 'list annotations with their anchor status  [--json] [--check]', run: annotations.run },
  refs: { summary: '<name> every mention of one entity, any language  [--json]', run: refs.run },
  export: { summary: 'export annotations  --format w3c|csv|qdpx --out FILE', run: exportCmd.run },
  search: { summary: '<query> fuzzy search: passages, headings, @entities, #tags, !annotations  [--limit N] [--json]', run: search.run },
  segments: { summary: 'coded passages  --tag A [--and B] [--or C] [--not D] [--overlapping E] [--coder NAME] [--facet k=v] [--format csv|md] [--json]', run: segments.run },
  matrix: { summary: 'codes × documents or a facet  --rows tags --cols document|institution|year|type [--format csv] [--json]', run: matrix.run },
  cooccurrence: { summary: 'codes applied together  [--by overlap|passage] [--format csv] [--json]', run: cooccurrence.run },
  agreement: { summary: 'inter-coder agreement per code: percent, kappa, alpha  [--coders A,B] [--tag T] [--json]', run: agreement.run },
  'import-qdpx': { summary: '<file.qdpx|file.qde> import a REFI-QDA project: codes, coders, coded text, memos  [--dry-run] [--json]', run: importQdpx.run },
  cites: { summary: 'citations of other instruments and what they resolve to  [--json] [--unresolved]', run: cites.run },
  related: { summary: '<path>:<line> passages related to the one on that line  [--limit N] [--json]', run: related.run },
  import: { summary: '<file|folder>… PDF, web page, Word file → Markdown with page markers  [--out FOLDER] [--force] [--json]', run: importCmd.run },
};

export function usage(): string {
  const rows = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`);
  return `Usage: policy-lens <command> <dir> [options]\n\nCommands:\n${rows.join('\n')}\n`;
}
