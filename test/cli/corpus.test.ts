/**
 * Replays corpus/cli (whole `aws` command lines recorded from the AWS CLI v1) through our
 * command line with `--cli-dry-run`: the same request parameters, the same skeleton output, or
 * the same error message and exit status.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPythonJson } from '../../src/cli/argv/python-json-loads.js';
import { dataServiceName } from '../../src/model/loaders/names.js';
import { bundledRegistry, ModelRegistry } from '../../src/model/registry.js';
import type { Shape } from '../../src/model/shape.js';
import { materialise, readCorpus, expectedValue } from '../helpers/corpus.js';
import { cleanEnv, run } from './run-helpers.js';

type Files = Record<string, string | { $bytes: string }>;

interface Row {
  name: string;
  argv: string[];
  files?: Files;
  /** Changes the recorder made to its environment (null: removed). */
  env?: Record<string, string | null>;
  params?: unknown;
  /** `warning: …` lines the AWS CLI printed to stderr before anything else. */
  warnings?: string[];
  stdout?: string;
  error?: { kind: string; message: string; exitCode: number };
  exitCode: number | null;
}

/**
 * Rows whose expected text we knowingly do not reproduce, with the reason. Each still has to
 * fail the same way (same kind and exit status).
 */
const MESSAGE_DEVIATIONS: Readonly<Record<string, string>> = {
  'create-auto-ml-job.jsonl argparse/bad-query': 'JMESPath syntax errors come from the JavaScript jmespath package, worded differently',
};

/**
 * Rows that fail because of a known gap outside the CLI layer; `it.fails` keeps them honest
 * (the test breaks once the gap is closed, so the entry can be removed).
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

const rows = readCorpus<Row>('cli');
const FIXTURES = fileURLToPath(new URL('./fixtures/models', import.meta.url));

function parsed(text: string): unknown {
  const result = loadPythonJson(text);
  if (!result.ok) throw new Error(`not JSON: ${result.error.message}\n${text}`);
  return result.value;
}

/** Strings at the end of a line (values, not keys) replaced, to compare layout and numbers. */
function layout(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"(?=,?$)/gm, '"…"');
}

/** Compare skeleton strings along the shape: enum positions may hold any allowed value. */
function compareSkeleton(ours: unknown, recorded: unknown, shape: Shape | undefined, path: string): void {
  if (shape?.kind === 'string' && shape.enum !== undefined && typeof recorded === 'string') {
    expect(shape.enum, path).toContain(ours);
    return;
  }
  if (Array.isArray(recorded)) {
    expect(Array.isArray(ours), path).toBe(true);
    recorded.forEach((item, i) => compareSkeleton((ours as unknown[])[i], item, shape?.kind === 'list' ? shape.member : undefined, `${path}[${i}]`));
    return;
  }
  if (recorded !== null && typeof recorded === 'object') {
    expect(Object.keys(ours as object), path).toEqual(Object.keys(recorded));
    for (const [key, inner] of Object.entries(recorded)) {
      const next =
        shape?.kind === 'structure' || shape?.kind === 'union' ? shape.members.get(key)?.shape : shape?.kind === 'map' ? shape.value : undefined;
      compareSkeleton((ours as Record<string, unknown>)[key], inner, next, `${path}.${key}`);
    }
    return;
  }
  expect(ours, path).toEqual(recorded);
}

function skeletonShape(argv: readonly string[]): Shape | undefined {
  // Global options may come first; the service is the first word the registry knows.
  const registry = new ModelRegistry({ dataPath: [FIXTURES] });
  const at = argv.findIndex((arg) => registry.findService(arg) !== undefined);
  const operation = registry.operation(argv[at] as string, argv[at + 1] as string);
  return argv.includes('output') ? operation.output : operation.input;
}

describe('corpus/cli replay (--cli-dry-run)', () => {
  it('has rows', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  const cases = rows.map((row) => [`${row.file} ${row.name}`, row] as const);
  const known = cases.filter(([label]) => KNOWN_FAILURES[label] !== undefined);
  const expected = cases.filter(([label]) => KNOWN_FAILURES[label] === undefined);
  it.each(expected)('%s', (label, row) => replay(label, row));
  if (known.length > 0) it.fails.each(known)('%s (known gap)', (label, row) => replay(label, row));
});

/**
 * The recorder's environment with a row's changes: region, config files that do not exist, and
 * no credentials (so nothing could be sent, should a row get that far).
 */
function rowEnvironment(changes: Record<string, string | null>): NodeJS.ProcessEnv {
  const env = cleanEnv({ AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' });
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete env[name];
    else env[name] = value;
  }
  return env;
}

async function replay(label: string, row: Row & { file: string }): Promise<void> {
  {
    const cwd = row.files === undefined ? process.cwd() : materialise(row.files);
    // Services other than the bundled ones come from trimmed botocore models (see the recorder).
    // Global options may come first: the service is the first word with a fixture model.
    const service = row.argv.find((arg) => /^[a-z0-9.-]+$/.test(arg) && existsSync(join(FIXTURES, dataServiceName(arg) ?? arg)));
    const dataPath = service !== undefined && bundledRegistry().findService(service) === undefined ? ['--data-path', FIXTURES] : [];
    // Rows about the environment run as the AWS CLI did (their errors come before sending, and
    // skeletons are printed, not sent); requests are still only dry-run.
    const dryRun = row.env === undefined || row.params !== undefined ? ['--cli-dry-run'] : [];
    const env = row.env === undefined ? cleanEnv() : rowEnvironment(row.env);
    const ran = await run([...dryRun, ...dataPath, ...row.argv], { cwd, env });
    const warnings = (row.warnings ?? []).map((line) => `${line}\n`).join('');
    expect(ran.stderr.startsWith(warnings)).toBe(true);
    const result = { ...ran, stderr: ran.stderr.slice(warnings.length) };
    if (row.params !== undefined) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(parsed(result.stdout)).toEqual(expectedValue(row.params, row.files));
    } else if (row.stdout !== undefined) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const isJson = row.stdout.trimStart().startsWith('{');
      if (isJson && !row.argv.includes('output')) {
        expect(layout(result.stdout)).toBe(layout(row.stdout));
        compareSkeleton(parsed(result.stdout), parsed(row.stdout), skeletonShape(row.argv), '');
      } else {
        expect(result.stdout).toBe(row.stdout);
      }
    } else if (row.error !== undefined) {
      expect(result.code).toBe(row.error.exitCode);
      expect(result.stdout).toBe('');
      if (MESSAGE_DEVIATIONS[label] !== undefined) {
        expect(result.stderr.startsWith(row.error.kind === 'usage' ? 'usage: ' : '\n')).toBe(true);
        return;
      }
      switch (row.error.kind) {
        case 'usage':
          expect(result.stderr).toMatch(/^usage: aws-shorthand /);
          expect(result.stderr.slice(result.stderr.indexOf('aws-shorthand: error: ') + 'aws-shorthand: error: '.length)).toBe(`${row.error.message}\n`);
          break;
        case 'unknown-options':
          expect(result.stderr).toMatch(/^usage: aws-shorthand /);
          expect(result.stderr.endsWith(`help\n\n${row.error.message}\n`)).toBe(true);
          break;
        case 'config':
          expect(result.stderr).toBe(`${row.error.message}\n`);
          break;
        default:
          expect(result.stderr).toBe(`\n${row.error.message}\n`);
      }
    }
  }
}
