/**
 * The built command line starts without the Chevrotain parser and loads it only when an input
 * needs it (an error, `@=`), with the same results either way. Runs `dist/cli/main.js`
 * (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

const MAIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
// A module-loading hook that logs every dist file the process loads. It appends to a file
// synchronously: the hooks run on their own thread, whose stderr can be lost when the process
// exits right after (which made this test flaky).
writeFileSync(
  join(dir, 'hooks.mjs'),
  "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.includes('/dist/')) appendFileSync(process.env.LOAD_LOG, `${url.split('/dist/')[1]}\\n`);\n  return next(url, context);\n}\n",
);
// The parser is a CommonJS file, required on first need, which the hooks above do not see: at
// exit the process also logs the CommonJS modules it loaded.
writeFileSync(
  join(dir, 'cjs-log.cjs'),
  "const { appendFileSync } = require('node:fs');\nprocess.on('exit', () => appendFileSync(process.env.LOAD_LOG, Object.keys(require.cache).map((f) => `${f.split('/dist/')[1]}\\n`).join('')));\n",
);
let runs = 0;
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
writeFileSync(join(dir, 'name.txt'), 'from-file');

function run(args: string[]): { status: number | null; stdout: string; stderr: string; parserLoaded: boolean } {
  const log = join(dir, `loaded-${++runs}.txt`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), '--require', join(dir, 'cjs-log.cjs'), MAIN, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, AWS_DEFAULT_REGION: 'us-east-1', LOAD_LOG: log },
  });
  const loaded = readFileSync(log, 'utf8').split('\n');
  // The main entry is always logged, so an empty log would mean the hook itself failed.
  expect(loaded).toContain('cli/main.js');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    parserLoaded: loaded.includes('grammar-parser.cjs'),
  };
}

const REQUIRED = ['--output-data-config', 'S3OutputPath=s3://b/out', '--role-arn', 'arn:aws:iam::123456789012:role/AutoML'];

describe('the command line bundle', () => {
  it('parses well-formed shorthand without loading the parser', () => {
    const result = run(['parse', '--compact', 'a=b,c=[1,2]']);
    expect(result).toMatchObject({ status: 0, stdout: '{"a":"b","c":["1","2"]}\n', parserLoaded: false });
  });

  it('loads the parser for an error and reports it exactly', () => {
    const result = run(['parse', 'a=b,a=c']);
    expect(result.status).toBe(1);
    expect(result.parserLoaded).toBe(true);
    expect(result.stderr).toContain('Second instance of key "a" encountered for input:\na=b,a=c\n    ^');
  });

  it('runs a well-formed dry run without the parser', () => {
    const input = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/in}},TargetAttributeName=y';
    const result = run(['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', input, ...REQUIRED, '--cli-dry-run']);
    expect(result.status).toBe(0);
    expect(result.parserLoaded).toBe(false);
    expect(JSON.parse(result.stdout)).toMatchObject({ InputDataConfig: [{ TargetAttributeName: 'y' }] });
  });

  it('loads the parser when a dry run meets bad shorthand or @=, and answers as before', () => {
    const bad = run(['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix}', ...REQUIRED, '--cli-dry-run']);
    expect(bad.status).toBe(255);
    expect(bad.parserLoaded).toBe(true);
    expect(bad.stderr).toContain("Error parsing parameter '--input-data-config': Expected: ',', received: 'EOF' for input:");
    const file = run([
      'sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j',
      '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/in}},TargetAttributeName@=file://name.txt',
      ...REQUIRED, '--cli-dry-run',
    ]);
    expect(file.status).toBe(0);
    expect(file.parserLoaded).toBe(true);
    expect(JSON.parse(file.stdout)).toMatchObject({ InputDataConfig: [{ TargetAttributeName: 'from-file' }] });
  });
});
