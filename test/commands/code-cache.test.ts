/**
 * The built executable (`dist/cli/main.js`, src/cli/launcher.ts) compiles the command line's
 * bundle with a V8 code cache kept under `$XDG_CACHE_HOME/aws-shorthand/code`. Runs the built
 * CLI (`npm test` builds first): the answers must not depend on the cache's state.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

const MAIN = join(ROOT, 'dist/cli/main.js');
const INPUT = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/in}},TargetAttributeName=y';
const DRY_RUN = [
  'sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', INPUT,
  '--output-data-config', 'S3OutputPath=s3://b/out', '--role-arn', 'arn:aws:iam::123456789012:role/AutoML', '--cli-dry-run',
];

function run(home: string, args: string[], extra: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, AWS_DEFAULT_REGION: 'us-east-1', ...extra },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function codeFiles(home: string): string[] {
  const dir = join(home, '.cache', 'aws-shorthand', 'code');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('the code cache of the command line', () => {
  it('is written by the first run and read by the next, with the same answers', () => {
    const home = mkdtempSync(join(tmpdir(), 'code-cache-'));
    const first = run(home, DRY_RUN);
    expect(first).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toMatchObject({ AutoMLJobName: 'j', InputDataConfig: [{ TargetAttributeName: 'y' }] });
    const files = codeFiles(home);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^cli-${process.version}-${process.arch}-\\d+-\\d+\\.v8$`));
    const written = readFileSync(join(home, '.cache', 'aws-shorthand', 'code', files[0]!));
    expect(run(home, DRY_RUN)).toEqual(first);
    // A run from the cache does not write it again.
    expect(readFileSync(join(home, '.cache', 'aws-shorthand', 'code', files[0]!))).toEqual(written);
  });

  it('survives a corrupt cache file, replaces it and removes stale ones', () => {
    const home = mkdtempSync(join(tmpdir(), 'code-cache-'));
    const expected = run(home, DRY_RUN);
    const dir = join(home, '.cache', 'aws-shorthand', 'code');
    const [name] = codeFiles(home);
    writeFileSync(join(dir, name!), 'not V8 code');
    writeFileSync(join(dir, 'cli-v0.0.0-x64-1-1.v8'), 'an older bundle');
    expect(run(home, DRY_RUN)).toEqual(expected);
    expect(codeFiles(home)).toEqual([name]);
    expect(readFileSync(join(dir, name!), 'utf8')).not.toBe('not V8 code');
  });

  it('is not used with AWS_SHORTHAND_NO_CACHE', () => {
    const home = mkdtempSync(join(tmpdir(), 'code-cache-'));
    expect(run(home, DRY_RUN, { AWS_SHORTHAND_NO_CACHE: '1' }).status).toBe(0);
    expect(codeFiles(home)).toEqual([]);
  });

  it('imports packages through the launcher (jmespath checks --query), cached or not', () => {
    const home = mkdtempSync(join(tmpdir(), 'code-cache-'));
    const args = ['sagemaker', 'list-auto-ml-jobs', '--query', 'AutoMLJobSummaries[0', '--cli-dry-run'];
    const first = run(home, args);
    expect(first.status).toBe(255);
    expect(first.stderr).toContain('Bad value for --query AutoMLJobSummaries[0');
    expect(run(home, args)).toEqual(first);
  });
});
