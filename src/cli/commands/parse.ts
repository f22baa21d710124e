/**
 * `aws-shorthand parse [TEXT]`: shorthand → JSON, one value or a `--jsonl` stream.
 */
import { parseArgs } from 'node:util';
import { parse, ShorthandError } from '../../grammar/index.js';
import { nodeFileReader } from '../file-reader.js';
import { EXIT, lines, readAll, toJson } from '../io.js';
import type { CliIo } from '../io.js';

const USAGE = `usage: aws-shorthand parse [--compact] [TEXT]
       aws-shorthand parse --jsonl   (stdin: {"input": "..."} per line)
`;

/** Run `parse` with its arguments; resolves to the exit code. */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { jsonl: { type: 'boolean' }, compact: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  const readFile = nodeFileReader(io.cwd, io.env);
  if (values.jsonl) return parseJsonLines(io, readFile);
  if (positionals.length > 1) {
    io.stderr.write(`parse takes one TEXT argument (quote it for the shell)\n${USAGE}`);
    return EXIT.USAGE;
  }
  const text = positionals[0] ?? stripOneNewline(await readAll(io.stdin));
  try {
    io.stdout.write(`${toJson(parse(text, { readFile }), values.compact ? undefined : 2)}\n`);
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof ShorthandError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return EXIT.INPUT_ERROR;
  }
}

/** Drop one trailing newline, as a shell's `$(…)` drops the one `echo` adds. */
function stripOneNewline(text: string): string {
  return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
}

async function parseJsonLines(io: CliIo, readFile: ReturnType<typeof nodeFileReader>): Promise<number> {
  for await (const line of lines(io.stdin)) {
    if (line.trim() === '') continue;
    io.stdout.write(`${toJson(parseLine(line, readFile))}\n`);
  }
  return EXIT.OK;
}

/** One `--jsonl` line → its result object; never throws. */
function parseLine(line: string, readFile: ReturnType<typeof nodeFileReader>): object {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON line: ${(error as Error).message}`, offset: null };
  }
  const input = (request as { input?: unknown } | null)?.input;
  if (typeof input !== 'string') return { ok: false, error: 'each line must be an object with a string "input"', offset: null };
  try {
    return { ok: true, value: parse(input, { readFile }) };
  } catch (error) {
    if (error instanceof ShorthandError) return { ok: false, error: error.message, offset: error.offset, code: error.code };
    return { ok: false, error: `internal error: ${(error as Error).message}`, offset: null };
  }
}
