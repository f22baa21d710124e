/**
 * The command line's I/O contracts: a closed stdout ends a command quietly (a real pipe, the
 * built CLI), stdin's BOM, empty stdin, the shared `--jsonl` contract (an answer per line,
 * CRLF, invalid UTF-8, field types, `ok`), exact integers and non-finite floats in every JSON
 * the CLI prints, and `cli --jsonl` building paged requests as the AWS CLI's first call does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { readCorpus } from '../helpers/corpus.js';
import { cleanEnv } from './run-helpers.js';

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/models', import.meta.url));

/** Run the CLI in-process with stdin given as raw chunks (strings or bytes, split anywhere). */
async function runChunks(argv: readonly string[], chunks: ReadonlyArray<string | Uint8Array>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)))),
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: process.cwd(),
    env: cleanEnv(),
  });
  return { code, stdout, stderr };
}

/** The answer lines of a batch run, parsed. */
function answers(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * Run the built CLI with `input` on stdin (a file), read its first stdout bytes, then close the
 * pipe as `head -1` does; resolves to its exit status and stderr.
 */
function closeAfterFirstOutput(argv: readonly string[], input: string): Promise<{ code: number | null; signal: string | null; stderr: string; sawOutput: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-shorthand-epipe-'));
  const file = join(dir, 'input');
  writeFileSync(file, input);
  const fd = openSync(file, 'r');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...argv], { stdio: [fd, 'pipe', 'pipe'], env: cleanEnv() });
    closeSync(fd);
    let stderr = '';
    let sawOutput = false;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.once('data', () => {
      sawOutput = true;
      child.stdout?.destroy();
    });
    child.on('close', (code, signal) => resolve({ code, signal, stderr, sawOutput }));
  });
}

describe('a closed stdout (EPIPE)', () => {
  const manyRequests = (make: (i: number) => object, count: number): string => Array.from({ length: count }, (_, i) => JSON.stringify(make(i))).join('\n') + '\n';
  const cases: Array<[string, string[], string]> = [
    ['parse --jsonl', ['parse', '--jsonl'], manyRequests((i) => ({ input: `a=b,c=[1,2,3],d={e=f${i}}` }), 100_000)],
    ['format --jsonl', ['format', '--jsonl'], manyRequests((i) => ({ value: { a: `b${i}`, c: ['x', 'y'] } }), 100_000)],
    ['cli --jsonl', ['cli', '--jsonl'], manyRequests((i) => ({ argv: ['sagemaker', 'list-auto-ml-jobs', '--page-size', String((i % 50) + 1)] }), 20_000)],
    ['parse (one large value)', ['parse'], Array.from({ length: 100_000 }, (_, i) => `k${i}=vvvvvvvvvvvvvvvv`).join(',')],
    ['help', ['sagemaker', 'help'], ''],
  ];
  it.each(cases)('%s ends quietly with status 0', async (_label, argv, input) => {
    const result = await closeAfterFirstOutput(argv, input);
    expect(result.sawOutput).toBe(true);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('stdin', () => {
  const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

  it('skips a UTF-8 byte order mark at the start, for one value and for a batch', async () => {
    expect(await runChunks(['parse', '--compact'], [BOM, 'a=b\n'])).toEqual({ code: 0, stdout: '{"a":"b"}\n', stderr: '' });
    const formatted = await runChunks(['format'], [BOM, '{"a": "b"}']);
    expect(formatted).toEqual({ code: 0, stdout: 'a=b\n', stderr: '' });
    const batch = await runChunks(['parse', '--jsonl'], [BOM, '{"input":"a=b"}\n']);
    expect(answers(batch.stdout)).toEqual([{ ok: true, value: { a: 'b' } }]);
  });

  it('reports an empty stdin as NO_INPUT (exit 2) where a value is expected', async () => {
    for (const argv of [['parse'], ['format'], ['render-command', 'sagemaker', 'DescribeAutoMLJob']]) {
      const result = await runChunks(argv, []);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`aws-shorthand ${argv[0]}: no input: stdin is empty\n`);
    }
    // An empty line is input: the empty string, as `parse ''` reads it.
    expect(await runChunks(['parse', '--compact'], ['\n'])).toEqual(await runChunks(['parse', '--compact', ''], []));
  });

  it('refuses stdin that is not UTF-8 instead of replacing bytes', async () => {
    const result = await runChunks(['parse'], [new Uint8Array([0x61, 0x3d, 0xff])]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'aws-shorthand parse: stdin is not valid UTF-8\n' });
  });

  it('an empty batch has no answers and exits 0', async () => {
    for (const command of ['parse', 'format', 'cli']) expect(await runChunks([command, '--jsonl'], [])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('the --jsonl contract, alike for parse, format and cli', () => {
  const good: Readonly<Record<string, string>> = {
    parse: '{"input":"a=b"}',
    format: '{"value":{"a":"b"}}',
    cli: '{"argv":["sagemaker","describe-auto-ml-job","--auto-ml-job-name","j"]}',
  };
  // Extra fields the driver adds to its own answers for `cli`.
  const extra: Readonly<Record<string, object>> = { parse: {}, format: {}, cli: { kind: 'request', exitCode: null } };

  it.each(['parse', 'format', 'cli'])('%s answers every line, blank, CRLF, invalid UTF-8 and non-objects included', async (command) => {
    const line = good[command] as string;
    // Split mid-line and between \r and \n; blank and whitespace-only lines; no final newline.
    const chunks: Array<string | Uint8Array> = [`${line}\r`, `\n\n   \t\n${line.slice(0, 5)}`, `${line.slice(5)}\r\n`, new Uint8Array([0x7b, 0xff, 0x7d, 0x0a]), '[1]\n', `${line}`];
    const result = await runChunks([command, '--jsonl'], chunks);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = answers(result.stdout);
    expect(out.map((answer) => answer['ok'])).toEqual([true, false, false, true, false, false, true]);
    expect(out[1]).toEqual({ ok: false, code: 'BLANK_LINE', error: 'line 2 is blank: each line must hold a JSON object', ...extra[command] });
    expect(out[2]).toEqual({ ok: false, code: 'BLANK_LINE', error: 'line 3 is blank: each line must hold a JSON object', ...extra[command] });
    expect(out[4]).toEqual({ ok: false, code: 'INVALID_UTF8', error: 'line 5 is not valid UTF-8', ...extra[command] });
    expect(out[5]).toEqual({ ok: false, code: 'NOT_AN_OBJECT', error: 'each line must be a JSON object, not an array', ...extra[command] });
    expect(out[0]).toEqual(out[3]);
    expect(out[0]).toEqual(out[6]);
  });

  it('refuses a field of the wrong type with an answer naming it, in parse and format alike', async () => {
    for (const [command, body] of [
      ['parse', '"input":"a=b"'],
      ['format', '"value":{"a":"b"}'],
    ] as const) {
      const lines = [`{${body},"shape":5}`, `{${body},"service":[],"shape":"Tag"}`, `{${body},"service":"sagemaker"}`];
      const out = answers((await runChunks([command, '--jsonl'], [lines.join('\n')])).stdout);
      expect(out).toEqual([
        { ok: false, code: 'INVALID_FIELD', field: 'shape', error: '"shape" must be a string, not the number 5' },
        { ok: false, code: 'INVALID_FIELD', field: 'service', error: '"service" must be a string, not an array' },
        { ok: false, code: 'INVALID_FIELD', field: 'service', error: '"service" needs a "shape"' },
      ]);
    }
    const cli = answers((await runChunks(['cli', '--jsonl'], ['{"argv":["sagemaker"],"cwd":5}\n{"argv":"sagemaker"}'])).stdout);
    expect(cli).toEqual([
      { ok: false, code: 'INVALID_FIELD', field: 'cwd', error: '"cwd" must be a string, not the number 5', kind: 'request', exitCode: null },
      { ok: false, code: 'INVALID_FIELD', field: 'argv', error: 'each line must be an object with "argv": an array of strings', kind: 'request', exitCode: null },
    ]);
  });

  it('says ok exactly when the single-value command exits 0', async () => {
    const inputs = ['Key=,Vlaue=b', 'Key=a,Value=b', 'Key=a,Value='];
    const batch = answers((await runChunks(['parse', '--jsonl', '--shape', 'sagemaker.Tag'], [inputs.map((input) => JSON.stringify({ input })).join('\n')])).stdout);
    for (const [i, input] of inputs.entries()) {
      const single = await runChunks(['parse', '--shape', 'sagemaker.Tag', input], []);
      expect(batch[i]?.['ok']).toBe(single.code === 0);
      if (single.code !== 0) {
        expect(batch[i]).toMatchObject({ code: 'VALIDATION', error: single.stderr.trimEnd() });
        expect((batch[i]?.['validation'] as unknown[]).length).toBeGreaterThan(0);
      }
    }
    expect(batch.map((answer) => answer['ok'])).toEqual([false, true, true]);
  });

  it('answers a line nested deeper than the stack and goes on (built CLI, main-thread stack)', () => {
    const deep = `{"value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = spawnSync(process.execPath, [MAIN, 'format', '--jsonl'], { input: `${deep}\n{"value":{"a":"b"}}\n`, encoding: 'utf8', env: cleanEnv() });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(answers(result.stdout)).toEqual([
      { ok: false, code: 'INVALID_JSON', error: "invalid JSON line: nested more than 977 levels deep, more than the AWS CLI's JSON reader takes" },
      { ok: true, shorthand: 'a=b' },
    ]);
  });

  it('escapes a lone surrogate in an answer rather than writing it raw', async () => {
    const result = await runChunks(['parse', '--jsonl'], ['{"input":"a=x\\ud800"}\n']);
    expect(result.stdout).toBe('{"ok":true,"value":{"a":"x\\ud800"}}\n');
  });

  it('handles a line far longer than a stream chunk', async () => {
    const pairs = Array.from({ length: 50_000 }, (_, i) => `k${i}=v${i}`).join(',');
    const line = JSON.stringify({ input: pairs });
    const chunks = line.match(/[\s\S]{1,1000}/g) ?? [];
    const out = answers((await runChunks(['parse', '--jsonl'], [...chunks, '\n{"input":"z=1"}\n'])).stdout);
    expect(out).toHaveLength(2);
    expect(Object.keys(out[0]?.['value'] as object)).toHaveLength(50_000);
    expect(out[1]).toEqual({ ok: true, value: { z: '1' } });
  });
});

describe('exact numbers', () => {
  const BIG = '9007199254740993';

  it('parse --shape keeps every digit of an integer beyond 2^53', async () => {
    const single = await runChunks(['parse', '--compact', '--shape', 'sagemaker.DescribePipelineRequest', `PipelineName=p,PipelineVersionId=${BIG}`], []);
    expect(single).toEqual({ code: 0, stdout: `{"PipelineName":"p","PipelineVersionId":${BIG}}\n`, stderr: '' });
    const batch = await runChunks(['parse', '--jsonl'], [JSON.stringify({ input: `PipelineName=p,PipelineVersionId=${BIG}`, shape: 'sagemaker.DescribePipelineRequest' })]);
    expect(batch.stdout).toBe(`{"ok":true,"value":{"PipelineName":"p","PipelineVersionId":${BIG}},"validation":[]}\n`);
  });

  it("format reads JSON numbers without losing digits", async () => {
    expect(await runChunks(['format', '--shape', 'sagemaker.DescribePipelineRequest'], [`{"PipelineName":"p","PipelineVersionId":${BIG}}`])).toEqual({
      code: 0,
      stdout: `PipelineName=p,PipelineVersionId=${BIG}\n`,
      stderr: '',
    });
    const batch = await runChunks(['format', '--jsonl'], [`{"value":{"n":${BIG}0}}`]);
    expect(answers(batch.stdout)).toEqual([{ ok: true, shorthand: `n=${BIG}0` }]);
  });

  it('spells NaN and the infinities as Python does, never null', async () => {
    const shape = ['--shape', 'sagemaker.ProductionVariant'];
    for (const [text, json] of [
      ['nan', 'NaN'],
      ['inf', 'Infinity'],
      ['Infinity', 'Infinity'],
    ]) {
      const result = await runChunks(['parse', '--compact', ...shape, `VariantName=v,InitialVariantWeight=${text}`], []);
      expect(result).toEqual({ code: 0, stdout: `{"VariantName":"v","InitialVariantWeight":${json}}\n`, stderr: '' });
    }
    const formatted = await runChunks(['format', ...shape], ['{"VariantName": "v", "InitialVariantWeight": NaN}']);
    expect(formatted).toEqual({ code: 0, stdout: 'VariantName=v,InitialVariantWeight=NaN\n', stderr: '' });
  });
});

interface PagingRow {
  readonly name: string;
  readonly argv: string[];
  readonly params?: Record<string, unknown>;
  readonly error?: { readonly message: string; readonly exitCode: number };
}

describe('cli --jsonl builds paged requests as the AWS CLI does', () => {
  // IAM's limit key is MaxItems, which the AWS CLI's own --max-items shadows.
  const rows = readCorpus<PagingRow>('cli').filter((row) => row.argv.includes('iam'));

  it('answers each recorded IAM paging row as aws did', async () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const requests = rows.map((row) => JSON.stringify({ argv: ['--data-path', FIXTURES, ...row.argv] })).join('\n');
    const out = answers((await runChunks(['cli', '--jsonl'], [requests])).stdout);
    expect(out).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      if (row.params !== undefined) expect(out[i], row.name).toEqual({ ok: true, params: row.params });
      else expect(out[i], row.name).toMatchObject({ ok: false, error: row.error?.message, exitCode: row.error?.exitCode });
    });
  });
});
