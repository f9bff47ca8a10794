/** The table of CLI sub-commands. */
import * as docs from './commands/docs';
import * as tree from './commands/tree';

export interface CliCommand {
  readonly summary: string;
  run(args: string[], out: (s: string) => void): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  docs: { summary: 'list documents with inferred metadata  [--json]', run: docs.run },
  tree: { summary: 'group documents  --by institution|theme|year|language [--json]', run: tree.run },
};

export function usage(): string {
  const rows = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`);
  return `Usage: policy-lens <command> <dir> [options]\n\nCommands:\n${rows.join('\n')}\n`;
}
