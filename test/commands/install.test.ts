/**
 * The package as users install it: `npm pack` (whose `prepare` builds `dist/`) of a copy of the
 * sources without a build, then `npm install <tarball>` into an empty project, whose
 * `aws-shorthand` command, ESM import and CJS require must all work.
 *
 * The pack runs in a copy so that the build does not replace this checkout's `dist/` while
 * other test files run the built CLI. Dependencies come from npm's cache when it has them.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** What `npm pack` needs from the checkout: sources, build configuration, package files. */
const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'models', 'scripts/prepare.mjs', 'README.md', 'STRUCTURE.md', 'docs', 'LICENSE'];

const work = mkdtempSync(join(tmpdir(), 'aws-shorthand-install-'));
const source = join(work, 'source');
const project = join(work, 'project');
let tarball = '';
let packed: SpawnSyncReturns<string>;

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run npm with `args` in `cwd`, without the settings of the npm running these tests. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
  return spawnSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, env, encoding: 'utf8' });
}

/** Run node with `args` in the installing project. */
function node(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
}

beforeAll(() => {
  for (const entry of SOURCES) cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  packed = npm(['pack', '--json'], source);
  tarball = readdirSync(source).find((name) => name.endsWith('.tgz')) ?? '';
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'install-check', version: '1.0.0', private: true }));
  if (tarball !== '') npm(['install', join(source, tarball)], project);
}, 300_000);

describe('npm pack, then npm install <tarball>', () => {
  test('the tarball is built by prepare and holds no source maps', () => {
    expect(packed.status, packed.stderr).toBe(0);
    const [report] = JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = (report?.files ?? []).map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/cli/main.js', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'LICENSE', 'models/sagemaker.json.gz']));
    expect(files.filter((path) => path.endsWith('.map') || path.startsWith('src/') || path.startsWith('test/'))).toEqual([]);
  });

  test('the aws-shorthand command runs', () => {
    const bin = join(project, 'node_modules', '.bin', 'aws-shorthand');
    expect(existsSync(bin)).toBe(true);
    const result = spawnSync(bin, ['parse', '--compact', '--shape', 'sagemaker.Tag', 'Key=k,Value=v'], { cwd: project, encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '{"Key":"k","Value":"v"}\n', '']);
  });

  test('ESM import', () => {
    const result = node(['--input-type=module', '-e', "import { parse } from 'aws-shorthand'; console.log(JSON.stringify(parse('a=[b,c]')))"]);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '{"a":["b","c"]}\n', '']);
  });

  test('CJS require', () => {
    const ok = node(['-e', "const { parse } = require('aws-shorthand'); console.log(JSON.stringify(parse('Key=a,Value=b', 'sagemaker.Tag')))"]);
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, '{"Key":"a","Value":"b"}\n', '']);
  });
});
