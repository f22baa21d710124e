/**
 * The one gate for tests that need something outside the repository: the installed AWS CLI
 * (python3 with awscli and botocore at the versions in test/fixtures/reference-versions.json),
 * the `aws` command, or a file from the shared checkout beside the clone.
 *
 * Where the reference is missing, the tests skip and say why. With AWS_SHORTHAND_REQUIRE_LIVE=1
 * (set by .ci/run) they fail instead, with the same reason, so CI cannot pass on skips alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { TestContext } from 'vitest';
import { ROOT } from './corpus.js';

/** True when a missing reference must fail the run rather than skip (CI). */
export const LIVE_REQUIRED = process.env['AWS_SHORTHAND_REQUIRE_LIVE'] === '1';

/** Something a test compares against: present, or absent with the reason. */
export type Reference = { readonly available: true } | { readonly available: false; readonly reason: string };

/** The awscli and botocore releases the corpus was recorded with (and CI must run). */
export const REFERENCE_VERSIONS = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/reference-versions.json'), 'utf8')) as {
  readonly awscli: string;
  readonly botocore: string;
};

/** A reference from a check made by the caller: `reason` says what is missing when `available` is false. */
export function reference(available: boolean, reason: string): Reference {
  return available ? { available: true } : { available: false, reason };
}

let pythonVersions: Reference | undefined;

/** python3 with awscli and botocore at exactly the recorded versions (checked once per worker). */
export function pythonAwsCli(): Reference {
  pythonVersions ??= (() => {
    const run = spawnSync('python3', ['-c', 'import json, awscli, botocore; print(json.dumps([awscli.__version__, botocore.__version__]))'], { encoding: 'utf8' });
    if (run.error !== undefined) return reference(false, `python3 could not be started (${run.error.message})`);
    if (run.status !== 0) return reference(false, `python3 cannot import awscli and botocore: ${lastLine(run.stderr)}`);
    const [awscli, botocore] = JSON.parse(run.stdout) as [string, string];
    const { awscli: wantCli, botocore: wantCore } = REFERENCE_VERSIONS;
    return reference(awscli === wantCli && botocore === wantCore, `python3 has awscli ${awscli} / botocore ${botocore}, the corpus needs awscli ${wantCli} / botocore ${wantCore}`);
  })();
  return pythonVersions;
}

const modules = new Map<string, Reference>();

/** python3 with the reference awscli/botocore, able to import `module` too. */
export function pythonModule(module: string): Reference {
  const base = pythonAwsCli();
  if (!base.available) return base;
  let answer = modules.get(module);
  if (answer === undefined) {
    const run = spawnSync('python3', ['-c', `import ${module}`], { encoding: 'utf8' });
    answer = reference(run.status === 0, `python3 cannot import ${module}: ${lastLine(run.stderr)}`);
    modules.set(module, answer);
  }
  return answer;
}

let awsOnPath: Reference | undefined;

/** The `aws` command on PATH, backed by the reference awscli (for tests that start it as a process). */
export function awsCommand(): Reference {
  awsOnPath ??= (() => {
    const base = pythonAwsCli();
    if (!base.available) return base;
    const run = spawnSync('aws', ['--version'], { encoding: 'utf8' });
    if (run.error !== undefined || run.status !== 0) return reference(false, `the aws command does not run: ${run.error?.message ?? lastLine(run.stderr)}`);
    return reference(run.stdout.includes(`aws-cli/${REFERENCE_VERSIONS.awscli} `), `aws --version says ${run.stdout.trim()}, not aws-cli/${REFERENCE_VERSIONS.awscli}`);
  })();
  return awsOnPath;
}

/** The shared checkout beside the repository (`../shared` from the root; CI clones it there). */
export const SHARED = join(ROOT, '..', 'shared');

/** A file that must exist (e.g. in the shared checkout). */
export function fileReference(path: string): Reference {
  return reference(existsSync(path), `${path} is missing`);
}

/** The message of a missing reference under AWS_SHORTHAND_REQUIRE_LIVE. */
function failure(reason: string): Error {
  return new Error(`live reference required (AWS_SHORTHAND_REQUIRE_LIVE=1) but missing: ${reason}`);
}

/**
 * Inside a test: go on when `ref` is available; otherwise skip the test with the reason, or
 * throw under AWS_SHORTHAND_REQUIRE_LIVE.
 */
export function requireReference(context: Pick<TestContext, 'skip'>, ref: Reference): void {
  if (ref.available) return;
  if (LIVE_REQUIRED) throw failure(ref.reason);
  context.skip(ref.reason);
}

/**
 * `describe(name, body)` when `ref` is available. Otherwise the body is not even collected (it
 * may need the reference to build its cases): one test stands in, skipped with the reason, or
 * failing with it under AWS_SHORTHAND_REQUIRE_LIVE.
 */
export function describeWith(ref: Reference, name: string, body: () => void): void {
  if (ref.available) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it(`needs: ${ref.reason}`, (context) => requireReference(context, ref));
  });
}

/**
 * `it` for tests that need `ref` (with `.each` and the rest of the API): each such test skips
 * with the reason, or fails with it under AWS_SHORTHAND_REQUIRE_LIVE, before its body runs.
 */
export function itWith(ref: Reference): typeof it {
  return it.extend<{ reference: Reference }>({
    reference: [
      async ({ skip }, use) => {
        requireReference({ skip }, ref);
        await use(ref);
      },
      { auto: true },
    ],
  }) as unknown as typeof it;
}

/** The last line of a process's stderr, for a one-line reason. */
function lastLine(text: string | null | undefined): string {
  const lines = (text ?? '').trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
