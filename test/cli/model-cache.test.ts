/**
 * The operation cache: a second run of an operation reads only that operation's part of the
 * bundled model, gives the same answers, survives a damaged entry, and steps aside for a
 * model on the data path.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceView } from '../../src/model/loaders/operation-cache.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { cleanEnv, run } from './run-helpers.js';

const ARGV = [
  'sagemaker',
  'create-auto-ml-job',
  '--auto-ml-job-name',
  'job-1',
  '--input-data-config',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}},TargetAttributeName=label',
  '--output-data-config',
  'S3OutputPath=s3://bucket/out',
  '--role-arn',
  'arn:aws:iam::123456789012:role/SageMakerRole',
  '--auto-ml-job-config',
  'DataSplitConfig={ValidationFraction=0.5}',
  '--cli-dry-run',
];

function cacheDir(home: string): string {
  const base = join(home, '.cache', 'aws-shorthand');
  const entries = readdirSync(base);
  expect(entries).toHaveLength(1);
  return join(base, entries[0] as string);
}

describe('operation cache', () => {
  it('writes the operation on first use and answers the same from it', async () => {
    const env = cleanEnv();
    const first = await run(ARGV, { env });
    const dir = cacheDir(env['HOME'] as string);
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'op-CreateAutoMLJob.json']);
    const trimmed = JSON.parse(readFileSync(join(dir, 'op-CreateAutoMLJob.json'), 'utf8')) as { operations: object; shapes: object };
    expect(Object.keys(trimmed.operations)).toEqual(['CreateAutoMLJob']);
    expect(Object.keys(trimmed.shapes).length).toBeLessThan(80);
    const second = await run(ARGV, { env });
    expect(second).toEqual(first);
    expect(first.code).toBe(0);
    // Errors that need every operation name come out the same from the cached index.
    const typo = await run(['sagemaker', 'create-auto-ml-jb'], { env });
    const uncached = await run(['sagemaker', 'create-auto-ml-jb'], { env: cleanEnv({ AWS_SHORTHAND_NO_CACHE: '1' }) });
    expect(typo).toEqual(uncached);
  });

  it('falls back to the whole model when an entry is damaged', async () => {
    const env = cleanEnv();
    const first = await run(ARGV, { env });
    writeFileSync(join(cacheDir(env['HOME'] as string), 'op-CreateAutoMLJob.json'), '{"broken":');
    expect(await run(ARGV, { env })).toEqual(first);
  });

  it('is not used when AWS_SHORTHAND_NO_CACHE is set or the data path has the service', async () => {
    const env = cleanEnv({ AWS_SHORTHAND_NO_CACHE: '1' });
    expect((await run(ARGV, { env })).code).toBe(0);
    expect(existsSync(join(env['HOME'] as string, '.cache'))).toBe(false);
    const withDataPath = cleanEnv({ AWS_DATA_PATH: fileURLToPath(new URL('./fixtures/models', import.meta.url)) });
    expect((await run(ARGV, { env: withDataPath })).code).toBe(0);
    // The fixtures hold no sagemaker model, so the bundled one (and the cache) is used.
    expect(existsSync(join(withDataPath['HOME'] as string, '.cache', 'aws-shorthand'))).toBe(true);
    // A sagemaker model on the data path is the registry's choice: no cache then.
    const dataDir = mkdtempSync(join(tmpdir(), 'aws-shorthand-data-'));
    mkdirSync(join(dataDir, 'sagemaker', '2017-07-24'), { recursive: true });
    copyFileSync(fileURLToPath(new URL('../../models/sagemaker.json.gz', import.meta.url)), join(dataDir, 'sagemaker', '2017-07-24', 'service-2.json.gz'));
    const shadowed = cleanEnv();
    expect((await run(['--data-path', dataDir, ...ARGV], { env: shadowed })).code).toBe(0);
    expect(existsSync(join(shadowed['HOME'] as string, '.cache'))).toBe(false);
  });

  it('serves a batch from one view per service: a cache miss loads the model once, not per line', async () => {
    const env = cleanEnv();
    const registry = new ModelRegistry();
    const view = serviceView(registry, 'sagemaker', env);
    expect(view).toBeDefined();
    expect(serviceView(registry, 'sagemaker', env)).toBe(view);
    expect(serviceView(new ModelRegistry(), 'sagemaker', env)).not.toBe(view);
    // A batch over many operations, cold and then warm, answers as the uncached CLI does.
    const names = ['create-auto-ml-job', 'describe-auto-ml-job', 'list-auto-ml-jobs', 'stop-auto-ml-job', 'create-model', 'list-models'];
    const stdin = [...names, ...names].map((name) => JSON.stringify({ argv: ['sagemaker', name, '--generate-cli-skeleton'] })).join('\n');
    const batchEnv = cleanEnv();
    const cold = await run(['cli', '--jsonl'], { stdin, env: batchEnv });
    const warm = await run(['cli', '--jsonl'], { stdin, env: batchEnv });
    const uncached = await run(['cli', '--jsonl'], { stdin, env: cleanEnv({ AWS_SHORTHAND_NO_CACHE: '1' }) });
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(readdirSync(cacheDir(batchEnv['HOME'] as string)).filter((name) => name.startsWith('op-'))).toHaveLength(names.length);
  });
});
