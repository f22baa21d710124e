/**
 * Issue 11's measure: a fresh, seeded-random sample of command lines over AWS CLI v2's models
 * (scripts/sample-v2.py: blobs, nested blobs, http(s) values, documentation examples,
 * pagination in --cli-input-json, syntax and validation errors, removed aliases, global
 * options), answered by AWS CLI v2 itself in-process, and by `aws-shorthand cli --jsonl
 * --dialect v2 --data-path <v2's data directory>`. A line agrees when both give the same
 * params, or the same exit status and error text, or print the same thing; at least 97% must.
 *
 * Every run draws a new sample: the seed changes each minute and is printed, and
 * AWS_SHORTHAND_V2_SAMPLE_SEED=<seed> repeats a run. Needs Debian's awscli (v2) on
 * /usr/bin/python3: through test/helpers/live.ts, so CI (AWS_SHORTHAND_REQUIRE_LIVE=1) fails
 * without it.
 */
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWith, reference } from '../helpers/live.js';
import { expectedValue, materialise, ROOT } from '../helpers/corpus.js';
import { cleanEnv, run } from './run-helpers.js';
import { loadPythonJson } from '../../src/cli/argv/python-json-loads.js';

/** AWS CLI v2's models, as Debian's awscli package installs them. */
const V2_DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';
/** Debian's python3, which has AWS CLI v2. */
const V2_PYTHON = '/usr/bin/python3';
/** How many command lines a run draws. */
const SAMPLE_SIZE = 300;
/** The share of lines that must agree (issue 11's done-when). */
const REQUIRED_AGREEMENT = 0.97;

type Files = Record<string, string | { $bytes: string }>;

interface SampleRow {
  name: string;
  argv: string[];
  files?: Files;
  params?: unknown;
  stdout?: string;
  error?: { kind: string; message: string; exitCode: number };
  exitCode: number | null;
}

interface Answer {
  ok: boolean;
  params?: unknown;
  stdout?: string;
  error?: string;
  exitCode?: number | null;
}

function awsCliV2(): ReturnType<typeof reference> {
  const probe = spawnSync(V2_PYTHON, ['-c', 'import awscli; print(awscli.__version__)'], { encoding: 'utf8' });
  const version = probe.status === 0 ? probe.stdout.trim() : '';
  return reference(version.startsWith('2.'), `${V2_PYTHON} has no AWS CLI v2 (Debian's awscli package): ${version || probe.stderr.trim().split('\n').pop() || probe.error?.message || 'no output'}`);
}

/** The seed of this run: AWS_SHORTHAND_V2_SAMPLE_SEED, else the current minute. */
function sampleSeed(): number {
  const given = process.env['AWS_SHORTHAND_V2_SAMPLE_SEED'];
  return given !== undefined && given !== '' ? Number(given) : Math.floor(Date.now() / 60_000);
}

/** Run the sampler; its rows (the header line dropped). */
function drawSample(seed: number): Promise<SampleRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(V2_PYTHON, [join(ROOT, 'scripts/sample-v2.py'), '--seed', String(seed), '--count', String(SAMPLE_SIZE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`sample-v2.py exited ${code}: ${err.slice(-2000)}`));
      else resolve(out.trim().split('\n').slice(1).map((line) => JSON.parse(line) as SampleRow));
    });
  });
}

/** JSON text of `value`, bigints as digits. */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
}

/** Why our answer differs from v2's, or undefined when they agree. */
function difference(row: SampleRow, answer: Answer | undefined): string | undefined {
  if (answer === undefined) return 'no answer';
  const ours = answer.ok ? (answer.params !== undefined ? `params ${show(answer.params)}` : `stdout ${JSON.stringify(answer.stdout)}`) : `exit ${answer.exitCode}: ${answer.error}`;
  if (row.params !== undefined) {
    if (!answer.ok || answer.params === undefined) return `v2 sent params; we: ${ours}`;
    try {
      expect(answer.params).toEqual(expectedValue(row.params, row.files));
      return undefined;
    } catch {
      return `v2 params ${show(row.params)}; we: ${ours}`;
    }
  }
  if (row.error !== undefined) {
    const { message, exitCode } = row.error;
    return !answer.ok && answer.exitCode === exitCode && answer.error === message ? undefined : `v2 exit ${exitCode}: ${message}; we: ${ours}`;
  }
  if (row.stdout !== undefined) return answer.ok && answer.stdout === row.stdout ? undefined : `v2 printed ${JSON.stringify(row.stdout)}; we: ${ours}`;
  return `v2 row without an outcome (exit ${row.exitCode})`;
}

describeWith(awsCliV2(), 'a fresh sample of command lines, answered as AWS CLI v2 does', () => {
  it(`agrees with AWS CLI v2 on at least ${REQUIRED_AGREEMENT * 100}% of ${SAMPLE_SIZE} command lines`, async () => {
    const started = Date.now();
    const seed = sampleSeed();
    console.log(`v2 sample seed ${seed} (repeat with AWS_SHORTHAND_V2_SAMPLE_SEED=${seed})`);
    const rows = await drawSample(seed);
    expect(rows.length).toBe(SAMPLE_SIZE);
    const lines = rows.map((row) => JSON.stringify({ argv: row.argv, cwd: materialise(row.files ?? {}) })).join('\n');
    const env = cleanEnv({ AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_DEFAULT_REGION: 'us-east-1' });
    const ran = await run(['cli', '--jsonl', '--dialect', 'v2', '--data-path', V2_DATA], { stdin: `${lines}\n`, env });
    // Python's JSON reader: integers beyond 2^53 stay exact, as the expected values' do.
    const answers = ran.stdout.trim().split('\n').map((line) => {
      const loaded = loadPythonJson(line);
      if (!loaded.ok) throw new Error(`not JSON: ${line}`);
      return loaded.value as unknown as Answer;
    });
    expect(answers.length).toBe(rows.length);
    const differences = rows.map((row, i) => [row, difference(row, answers[i])] as const).filter(([, why]) => why !== undefined);
    const agreement = (rows.length - differences.length) / rows.length;
    console.log(`v2 sample (seed ${seed}): ${rows.length - differences.length}/${rows.length} agree (${(100 * agreement).toFixed(1)}%) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    for (const [row, why] of differences) console.log(`  ${row.name} ${JSON.stringify(row.argv)}\n    ${(why as string).slice(0, 700)}`);
    expect(agreement).toBeGreaterThanOrEqual(REQUIRED_AGREEMENT);
  }, 900_000);
});
