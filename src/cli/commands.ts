/** The table of CLI sub-commands. */
export interface CliCommand {
  readonly summary: string;
  run(args: string[], out: (s: string) => void): Promise<number>;
}

export const commands: Record<string, CliCommand> = {};

export function usage(): string {
  const rows = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`);
  return `Usage: policy-lens <command> <dir> [options]\n\nCommands:\n${rows.join('\n')}\n`;
}
