/**
 * `runCli`: the whole command line as a function of argv and injected streams.
 */
import { EXIT } from './io.js';
import type { CliIo } from './io.js';

/** A subcommand: its arguments and the world → exit code. */
type Command = (args: string[], io: CliIo) => Promise<number>;

/** Subcommands, loaded on first use so start-up pays only for the one that runs. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  parse: async () => (await import('./commands/parse.js')).runParse,
};

const USAGE = `usage: aws-shorthand <command> [options]

commands:
  parse [TEXT]                       shorthand -> JSON (stdin when TEXT is absent; --jsonl for batches)
`;

/** Run the command line `argv` (without the node and script paths); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  const load = COMMANDS[name];
  if (load === undefined) {
    io.stderr.write(`aws-shorthand: unknown command '${name}'\n${USAGE}`);
    return EXIT.USAGE;
  }
  return (await load())(args, io);
}
