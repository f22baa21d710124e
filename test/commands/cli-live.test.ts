/**
 * Differential test of whole command lines against the installed AWS CLI (skipped without
 * python3 + awscli): generated `create-auto-ml-job` argv vectors must give the same request
 * parameters, or the same error text, as `aws` does. AWS_SHORTHAND_SEED picks other inputs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createAutoMlJobArgv } from '../helpers/argv-arbitraries.js';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { runCliCaptured } from '../helpers/run-cli.js';

/** What `aws` does with an argv, as scripts/record-cli-corpus.py records it. */
interface AwsOutcome {
  readonly params?: unknown;
  readonly error?: { readonly message: string };
  readonly exitCode?: number;
}

/** What `aws` makes of each argv (validated params, or its error text and exit code). */
function awsOutcomes(argvs: readonly string[][]): AwsOutcome[] {
  const input = argvs.map((argv) => JSON.stringify({ argv })).join('\n') + '\n';
  const result = spawnSync('python3', [join(ROOT, 'scripts/record-cli-corpus.py'), '--argv-jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AwsOutcome);
}

describeWith(pythonAwsCli(), 'command lines against the installed AWS CLI', () => {
  it('gives the same parameters or the same error for 150 generated command lines', async () => {
    const seed = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
    const argvs = fc.sample(createAutoMlJobArgv, { numRuns: 150, seed });
    const theirs = awsOutcomes(argvs);
    const input = argvs.map((argv) => JSON.stringify({ argv })).join('\n');
    const ours = (await runCliCaptured(['cli', '--jsonl'], input, { env: { AWS_DEFAULT_REGION: 'us-east-1', HOME: '/nonexistent' } })).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ok: boolean; params?: unknown; error?: string; exitCode?: number });
    const mismatches = argvs.flatMap((argv, i) => {
      const aws = theirs[i] as AwsOutcome;
      const us = ours[i] as { ok: boolean; params?: unknown; error?: string; exitCode?: number };
      const same =
        aws.params !== undefined
          ? us.ok && JSON.stringify(us.params) === JSON.stringify(aws.params)
          : !us.ok && us.error === aws.error?.message && us.exitCode === aws.exitCode;
      return same ? [] : [{ argv: argv.slice(2), aws, us }];
    });
    // Both outcomes are well represented, so neither side of the comparison is vacuous.
    expect(theirs.filter((t) => t.params !== undefined).length).toBeGreaterThan(10);
    expect(theirs.filter((t) => t.error !== undefined).length).toBeGreaterThan(30);
    expect(mismatches.slice(0, 5)).toEqual([]);
    // ~8 s alone; the whole suite shares two cores with it in CI.
  }, 180_000);
});
