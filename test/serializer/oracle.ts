/**
 * The AWS CLI as the judge of our output: batches of shorthand go through
 * `scripts/shorthand_oracle.py` (syntax only) or `scripts/model_oracle.py` (syntax plus the
 * CLI's model coercion), and the values the AWS CLI made of them come back decoded.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/corpus.js';

/** The oracles' escapes for values JSON cannot hold, undone: `$float`, `$int`, `$bytes`. */
export function decodeOracleValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeOracleValue);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === '$float') {
      const word = record.$float;
      return word === 'nan' ? NaN : word === 'inf' ? Infinity : -Infinity;
    }
    if (keys.length === 1 && keys[0] === '$int') return BigInt(record.$int as string);
    if (keys.length === 1 && keys[0] === '$bytes') return new Uint8Array(Buffer.from(record.$bytes as string, 'base64'));
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      Object.defineProperty(out, key, { value: decodeOracleValue(record[key]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Values JSON cannot hold, escaped the oracles' way (for corpus rows). */
export function encodeOracleValue(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { $float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeOracleValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: encodeOracleValue(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

function runOracle(script: string, lines: string[], flag = '--jsonl', python = 'python3'): Array<Record<string, unknown>> {
  const result = spawnSync(python, [join(ROOT, 'scripts', script), flag], {
    input: lines.join('\n') + '\n',
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** What the AWS CLI's parser makes of each text: `{ value }` decoded, or the oracle's error. */
export function awsParse(texts: readonly string[]): Array<{ value?: unknown; error?: unknown }> {
  return runOracle('shorthand_oracle.py', texts.map((input) => JSON.stringify({ input }))).map((outcome) =>
    'value' in outcome ? { value: decodeOracleValue(outcome.value) } : { error: outcome.error ?? outcome.pythonError },
  );
}

/** A request to the model oracle: one shorthand word, or several for a list argument. */
export interface ModelRequest {
  readonly shape: string;
  readonly input: string | readonly string[];
}

/** What the AWS CLI's parser and coercion make of each request (SageMaker shapes). */
export function awsParseWithModel(requests: readonly ModelRequest[]): Array<{ value?: unknown; error?: unknown }> {
  const lines = requests.map(({ shape, input }) => JSON.stringify({ service: 'sagemaker', shape, input }));
  return runOracle('model_oracle.py', lines).map((outcome) =>
    'value' in outcome ? { value: decodeOracleValue(outcome.value) } : { error: outcome.error },
  );
}

/** Files a command line reads (`fileb://name`), created in its working directory: name → text or `{ $bytes: base64 }`. */
export type OracleFiles = Readonly<Record<string, string | { readonly $bytes: string }>>;

/**
 * What the AWS CLI's driver builds from each `aws` command line (argv without `aws`), run in a
 * fresh directory holding the `files` given with it.
 */
export function awsCommandParams(argvs: ReadonlyArray<readonly string[]>, files: ReadonlyArray<OracleFiles | undefined> = []): Array<{ params?: unknown; error?: string }> {
  return runOracle('record-serializer-corpus.py', argvs.map((argv, i) => JSON.stringify({ argv, ...(files[i] === undefined ? {} : { files: files[i] }) })), '--aws-argv').map((outcome) =>
    'params' in outcome ? { params: decodeOracleValue(outcome.params) } : { error: String(outcome.error) },
  );
}

/** Debian's AWS CLI v2 (`/usr/bin/python3`, its models in this directory). */
export const AWS_CLI_V2_DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';

/**
 * What AWS CLI v2's driver hands the client for each command line (blobs base64-decoded, before
 * botocore validates), through `scripts/record-v2-corpus.py --aws-argv`; else its error row.
 */
export function awsV2CommandParams(argvs: ReadonlyArray<readonly string[]>, files: ReadonlyArray<OracleFiles | undefined> = []): Array<{ params?: unknown; error?: string }> {
  const lines = argvs.map((argv, i) => JSON.stringify({ argv, ...(files[i] === undefined ? {} : { files: files[i] }) }));
  return runOracle('record-v2-corpus.py', lines, '--aws-argv', '/usr/bin/python3').map((outcome) =>
    'params' in outcome ? { params: decodeOracleValue(outcome.params) } : { error: JSON.stringify(outcome.error) },
  );
}

/**
 * Integers beyond ±(2^53−1) as `bigint`, whether written as numbers or not: JSON (like Python)
 * does not say which, and a float member's 2^53 is the same number either way. Numbers go by
 * the digits JSON prints for them (their shortest round-trip form), as Python reads those.
 */
export function bigIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return Math.abs(value) < 1e21 ? BigInt(String(value)) : BigInt(value);
  }
  if (Array.isArray(value)) return value.map(bigIntegers);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: bigIntegers(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
