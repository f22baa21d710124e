/**
 * `runCli`: the whole command line as a function of argv and injected streams.
 *
 * The first word picks a tool command (`parse`, `cli`, `lsp`, …); anything else is an AWS CLI
 * service command line (`sagemaker create-auto-ml-job …`, global options anywhere), evaluated
 * as `aws` evaluates it. Every command module is loaded on first use, so start-up pays only
 * for the one that runs.
 */
import type { CliIo } from './io.js';

/** A subcommand: its arguments and the world → exit code. */
type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Tool commands, loaded on first use. The shorthand parser itself is loaded only when an
 * input needs it (src/grammar/tree-parser.ts).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  parse: async () => (await import('./commands/parse.js')).runParse,
  format: async () => (await import('./commands/format.js')).runFormat,
  'render-command': async () => (await import('./commands/render-command.js')).runRenderCommand,
  cli: async () => (await import('./commands/cli-jsonl.js')).runCliJsonl,
  lsp: async () => (await import('./commands/lsp.js')).runLsp,
  check: async () => (await import('./commands/check.js')).runCheck,
};

/** Run the command line `argv` (without the node and script paths); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    const { runOperation } = await import('./commands/operation.js');
    return runOperation(['help'], io);
  }
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load !== undefined) return (await load())(args, io);
  // A service command line, exactly as the AWS CLI takes it (`help` and no words included).
  const { runOperation } = await import('./commands/operation.js');
  return runOperation([...argv], io, Object.keys(COMMANDS));
}
