/** Running `runCli` in-process with captured streams. */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../helpers/temp-tree.js';

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An environment without the caller's AWS settings: a fresh HOME (removed after the test file), no data path, no region. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = tempDir('aws-shorthand-home-');
  return { HOME: home, PATH: process.env['PATH'] ?? '', ...extra };
}

/** Run the CLI on `argv` with `stdin` text, in `cwd`, with `env`. */
export async function run(
  argv: readonly string[],
  options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv; onInterrupt?: (listener: () => void) => () => void } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([options.stdin ?? '']),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? cleanEnv(),
    ...(options.onInterrupt === undefined ? {} : { onInterrupt: options.onInterrupt }),
  });
  return { code, stdout, stderr };
}
