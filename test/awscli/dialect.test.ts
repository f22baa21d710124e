/**
 * The dialects: v2's base64 reading of blobs (Python's lenient decoder), exit statuses by
 * dialect, how a command line picks its dialect (`--dialect`, `cli --jsonl` and its per-line
 * field, `AWS_SHORTHAND_DIALECT`), and the v2 tables in use (global options, removed aliases).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBlobs, pythonB64decode } from '../../src/awscli/binary-format.js';
import { dialectTables } from '../../src/awscli/dialect.js';
import { failure, inDialect } from '../../src/awscli/failures.js';
import { commandLineDialect } from '../../src/cli/argv/globals.js';
import { cleanEnv, run } from '../cli/run-helpers.js';
import { fileReference, itWith, reference } from '../helpers/live.js';
import { ROOT } from '../helpers/corpus.js';

const FIXTURES = fileURLToPath(new URL('../cli/fixtures/models', import.meta.url));
const text = (result: ReturnType<typeof pythonB64decode>): string | undefined => (result.ok ? Buffer.from(result.bytes).toString('latin1') : undefined);

describe("pythonB64decode: Python's base64.b64decode", () => {
  it.each([
    ['aGVsbG8=', 'hello'],
    ['', ''],
    ['====', ''],
    ['aGVs bG8=', 'hello'],
    ['aGVsbG8=\n', 'hello'],
    ['aGVsbG8==', 'hello'],
    ['aGk=aGk=', 'hi'],
    ['-_-_', ''],
    ['a=b=c=d=', 'i\xb7'],
  ])('decodes %j (characters outside the alphabet dropped, stops at padding)', (input, bytes) => {
    expect(text(pythonB64decode(input))).toBe(bytes);
  });

  it.each(['aGVsbG8', 'a', 'aGk*', 'aGk-', 'hello world', 'hello', '{"a": 1}'])('refuses %j (a quantum left open)', (input) => {
    expect(pythonB64decode(input)).toEqual({ ok: false, reason: 'padding' });
  });

  it('refuses non-ASCII text as Python does (before looking at the alphabet)', () => {
    expect(pythonB64decode('aGk=é')).toEqual({ ok: false, reason: 'ascii' });
  });

  it("reads back what Node's encoder writes, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = pythonB64decode(Buffer.from(bytes).toString('base64'));
        expect(decoded.ok && Buffer.from(decoded.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  const python = spawnSync('python3', ['-c', 'print(1)'], { encoding: 'utf8' });
  itWith(reference(python.status === 0, 'python3 does not run'))('agrees with python3 on random strings over a tricky alphabet', () => {
    const inputs = fc.sample(fc.string({ unit: fc.constantFrom('a', 'G', 'k', '=', ' ', '-', '_', '+', '/', '*', '\n'), maxLength: 12 }), { numRuns: 300, seed: 11 });
    const script = [
      'import base64, binascii, json, sys',
      'out = []',
      'for s in json.load(sys.stdin):',
      '    try: out.append(base64.b64decode(s).decode("latin1"))',
      '    except binascii.Error: out.append(None)',
      'print(json.dumps(out))',
    ].join('\n');
    const ran = spawnSync('python3', ['-c', script], { input: JSON.stringify(inputs), encoding: 'utf8' });
    const expected = JSON.parse(ran.stdout) as Array<string | null>;
    expect(inputs.map((input) => text(pythonB64decode(input)) ?? null)).toEqual(expected);
  });
});

describe('decodeBlobs', () => {
  it('decodes nested blobs in place and reports the first that does not decode, in member order', async () => {
    const { ModelRegistry } = await import('../../src/model/registry.js');
    const input = new ModelRegistry({ dataPath: [FIXTURES] }).operation('dynamodb', 'put-item').input;
    const params: Record<string, unknown> = { TableName: 'tbl', Item: { a: { B: 'aGk=' }, b: { BS: ['aGk=', 'oop', 'bad!'] } } };
    const problem = decodeBlobs(params, input);
    expect(problem).toMatchObject({ kind: 'other', message: 'Invalid base64: "oop"', code: 'INVALID_BASE64' });
    expect((params['Item'] as Record<string, { B?: unknown }>)['a']?.B).toEqual(Uint8Array.from([0x68, 0x69]));
  });
});

describe('exit statuses by dialect', () => {
  it.each([
    ['usage', undefined, 2, 252],
    ['unknown-options', undefined, 255, 252],
    ['param', undefined, 255, 252],
    ['validation', undefined, 255, 252],
    ['service', undefined, 255, 254],
    ['other', 'PROFILE_NOT_FOUND', 255, 255],
    ['other', 'BAD_QUERY', 255, 252],
    ['config', 'NO_REGION', 255, 253],
  ] as const)('%s (%s): v1 %i, v2 %i', (kind, code, v1, v2) => {
    const f = failure(kind, 'x', code === undefined ? {} : { code });
    expect(inDialect(f, 'v1').exitStatus).toBe(v1);
    expect(inDialect(f, 'v2').exitStatus).toBe(v2);
  });

  it('prints a missing region in v2 as a general error (between blank lines)', () => {
    expect(inDialect(failure('config', 'x', { code: 'NO_REGION' }), 'v2').kind).toBe('other');
    expect(inDialect(failure('config', 'x', { code: 'NO_REGION' }), 'v1').kind).toBe('config');
  });
});

describe('choosing the dialect', () => {
  it('takes --dialect from the command line, then the fallback, then AWS_SHORTHAND_DIALECT, then v1', () => {
    expect(commandLineDialect(['kms', '--dialect=v2'], { AWS_SHORTHAND_DIALECT: 'v1' }, 'v1')).toEqual({ dialect: 'v2' });
    expect(commandLineDialect(['kms'], { AWS_SHORTHAND_DIALECT: 'v1' }, 'v2')).toEqual({ dialect: 'v2' });
    expect(commandLineDialect(['kms'], { AWS_SHORTHAND_DIALECT: 'v2' })).toEqual({ dialect: 'v2' });
    expect(commandLineDialect(['kms'], {})).toEqual({ dialect: 'v1' });
    expect(commandLineDialect(['kms'], { AWS_SHORTHAND_DIALECT: 'v3' })).toEqual({ dialect: 'v1', invalid: 'v3' });
  });

  const putRecord = ['--data-path', FIXTURES, 'kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p', '--cli-dry-run', '--data'];

  it('reads a blob as text in v1 and as base64 in v2 (raw-in-base64-out restoring v1)', async () => {
    const v1 = await run([...putRecord, 'aGk=']);
    expect(JSON.parse(v1.stdout)).toMatchObject({ Data: 'aGk=' });
    const v2 = await run(['--dialect', 'v2', ...putRecord, 'hello world']);
    expect(v2).toEqual({ code: 255, stdout: '', stderr: '\nInvalid base64: "hello world"\n' });
    const raw = await run(['--dialect', 'v2', '--cli-binary-format', 'raw-in-base64-out', ...putRecord, 'hello world']);
    expect(JSON.parse(raw.stdout)).toMatchObject({ Data: 'hello world' });
    const viaEnv = await run([...putRecord, 'hello world'], { env: cleanEnv({ AWS_SHORTHAND_DIALECT: 'v2' }) });
    expect(viaEnv.code).toBe(255);
  });

  it('refuses an unknown AWS_SHORTHAND_DIALECT and an unknown --dialect', async () => {
    const env = await run([...putRecord, 'x'], { env: cleanEnv({ AWS_SHORTHAND_DIALECT: 'v3' }) });
    expect(env.code).toBe(255);
    expect(env.stderr).toBe("\nAWS_SHORTHAND_DIALECT must be one of v1, v2, not 'v3'\n");
    const option = await run(['--dialect', 'v3', ...putRecord, 'x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/aws-shorthand: error: argument --dialect: Invalid choice, valid choices are:\n\nv1 +\| v2 +\n$/);
  });

  it('knows v2 global options only in v2', async () => {
    const v1 = await run(['--no-cli-pager', ...putRecord, 'aGk=']);
    expect(v1.code).toBe(255);
    expect(v1.stderr.endsWith('Unknown options: --no-cli-pager\n')).toBe(true);
    const v2 = await run(['--dialect', 'v2', '--no-cli-pager', ...putRecord, 'aGk=']);
    expect(v2.code).toBe(0);
    expect(dialectTables('v2').globalOptions.some((option) => option.flag === '--v2-debug')).toBe(false);
  });

  it('cli --jsonl: --dialect for the batch, a "dialect" field per line, checked like other fields', async () => {
    const line = (extra: object): string => JSON.stringify({ argv: ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p', '--data', 'hi'], ...extra });
    const stdin = [line({}), line({ dialect: 'v2' }), line({ dialect: 'v3' }), line({ dialect: 2 })].join('\n');
    const batch = await run(['cli', '--jsonl', '--data-path', FIXTURES], { stdin });
    const answers = batch.stdout.trimEnd().split('\n').map((answer) => JSON.parse(answer) as Record<string, unknown>);
    expect(answers[0]).toMatchObject({ ok: true, params: { Data: 'hi' } });
    expect(answers[1]).toEqual({ ok: false, error: 'Invalid base64: "hi"', kind: 'other', exitCode: 255, code: 'INVALID_BASE64' });
    expect(answers[2]).toMatchObject({ ok: false, code: 'INVALID_FIELD', field: 'dialect', exitCode: null });
    expect(answers[3]).toMatchObject({ ok: false, code: 'INVALID_FIELD', field: 'dialect', exitCode: null });
    const v2Batch = await run(['cli', '--jsonl', '--dialect', 'v2', '--data-path', FIXTURES], { stdin: line({}) });
    expect(JSON.parse(v2Batch.stdout)).toMatchObject({ ok: false, exitCode: 255 });
    const wrong = await run(['cli', '--jsonl', '--dialect', 'v9'], { stdin: '' });
    expect(wrong.code).toBe(2);
  });
});

describe("v2's recorded tables match AWS CLI v2 (Debian's awscli on /usr/bin/python3)", () => {
  const v2 = itWith(fileReference('/usr/lib/python3/dist-packages/awscli/botocore/data'));
  v2.each(['scripts/record-v2-tables.py', 'scripts/record-custom-commands.py'])('%s --check', (script) => {
    const result = spawnSync('/usr/bin/python3', [script, '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(result.stderr).not.toMatch(/differs/);
    expect(result.status).toBe(0);
  }, 300_000);
});
