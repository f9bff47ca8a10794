/**
 * `policy-lens` command line: the same core as the extension, for scripts and CI.
 * Each sub-command module exports `run(args, out) → exit code`.
 */
import { commands, usage } from './commands';
import { printProblems } from './problems';
import { escapeControls } from '../core/text/printable';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`policy-lens: unknown command "${escapeControls(name)}"\n\n${usage()}`);
    return 2;
  }
  const code = await command.run(rest, (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'));
  // Workspace-file problems met on the way reach the user on stderr, whatever the command.
  printProblems((s) => process.stderr.write(`${escapeControls(s)}\n`), rest.includes('--json'));
  return code;
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`policy-lens: ${escapeControls(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  },
);
