/**
 * The command line's injected world: streams, working directory and environment, so every
 * command is a plain async function that tests call without patching the console.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Where a command reads and writes. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** Working directory for relative `file://` paths (default: the process's). */
  readonly cwd?: string;
  /** Environment (default: the process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/** Exit codes of `aws-shorthand`. */
export const EXIT = {
  OK: 0,
  /** The input was rejected (a parse, coercion or validation error). */
  INPUT_ERROR: 1,
  /** The command line itself was wrong. */
  USAGE: 2,
} as const;

/** All of stdin as text. */
export async function readAll(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Stdin line by line, without holding more than one line (for `--jsonl` modes). */
export function lines(stdin: Readable): AsyncIterable<string> {
  return createInterface({ input: stdin, crlfDelay: Infinity });
}

/** JSON text of a parsed value: bytes from `fileb://` become base64, as the AWS CLI sends blobs. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : typeof v === 'bigint' ? Number(v) : v),
    indent,
  );
}
