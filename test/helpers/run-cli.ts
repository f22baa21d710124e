/** Run `runCli` in-process with captured streams. */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

/** The exit code and everything written, for `argv` with `stdin` as input. */
export async function runCliCaptured(
  argv: string[],
  stdin = '',
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    ...options,
  });
  return { code, stdout, stderr };
}
