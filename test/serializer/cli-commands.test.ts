/**
 * The `format` and `render-command` command handlers, with injected streams: output, exit
 * codes, the `--jsonl` batch contract (one line out per line in, bad lines reported, never a
 * crash).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runFormat } from '../../src/cli/commands/format.js';
import { runRenderCommand } from '../../src/cli/commands/render-command.js';
import type { CliIo } from '../../src/cli/io.js';
import { parse } from '../../src/grammar/index.js';
import { shellSplit } from './command-line-reader.js';

async function run(
  command: (args: string[], io: CliIo) => Promise<number>,
  args: string[],
  stdin: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  const code = await command(args, io);
  return { code, stdout, stderr };
}

describe('format', () => {
  it('JSON in, shorthand out', async () => {
    expect(await run(runFormat, [], '{"Key": "a", "Values": ["x", "y"]}')).toEqual({ code: 0, stdout: 'Key=a,Values=x,y\n', stderr: '' });
  });

  it('model-aware with --shape', async () => {
    const out = await run(runFormat, ['--shape', 'sagemaker.VpcConfig'], '{"SecurityGroupIds": ["sg-1"], "Subnets": ["a", "b"]}');
    expect(out).toEqual({ code: 0, stdout: 'SecurityGroupIds=sg-1,Subnets=a,b\n', stderr: '' });
  });

  it('pretty output', async () => {
    const value = { Name: 'x'.repeat(50), Inner: { A: 'y'.repeat(30), B: 'z'.repeat(30) } };
    const out = await run(runFormat, ['--pretty', '--width', '60'], JSON.stringify(value));
    expect(out.stdout).toBe(`Name=${'x'.repeat(50)},\nInner={\n  A=${'y'.repeat(30)},\n  B=${'z'.repeat(30)}\n}\n`);
    expect(parse(out.stdout.slice(0, -1))).toEqual(value);
  });

  it('JSON with a note when shorthand cannot say it', async () => {
    expect(await run(runFormat, [], '{"a": null}')).toEqual({
      code: 0,
      stdout: '{"a":null}\n',
      stderr: 'note: written as JSON: shorthand has no word for null at a\n',
    });
  });

  it('a list as shell-quoted words', async () => {
    const out = await run(runFormat, ['--shape', 'sagemaker.TagList'], '[{"Key": "a", "Value": "b c"}, {"Key": "d", "Value": "e"}]');
    expect(out).toEqual({ code: 0, stdout: "'Key=a,Value=b c' Key=d,Value=e\n", stderr: '' });
    expect(shellSplit(out.stdout.trim())).toEqual(['Key=a,Value=b c', 'Key=d,Value=e']);
  });

  it.each([
    ['bad JSON', [], '{', 1, /^the value on stdin is not JSON/],
    ['an unknown shape', ['--shape', 'sagemaker.Nope'], '{}', 1, /Nope/],
    ['a bad option', ['--nope'], '{}', 2, /Unknown option/],
    ['a bad width', ['--width', 'x'], '{}', 2, /whole number/],
  ] as const)('%s', async (_name, args, stdin, code, message) => {
    const out = await run(runFormat, [...args], stdin);
    expect(out.code).toBe(code);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });

  it('--jsonl: one result per line, bad lines reported in place', async () => {
    const input = [
      '{"value": {"a": "b"}}',
      '{"value": {"MaxCandidates": 5}, "service": "sagemaker", "shape": "AutoMLJobCompletionCriteria"}',
      '{"value": {"MaxCandidates": "5"}, "shape": "sagemaker.AutoMLJobCompletionCriteria"}',
      'not json',
      '',
      '{"nope": 1}',
      '{"value": {"a": 1}, "shape": "sagemaker.Missing"}',
      '{"value": [{"Key": "k"}], "shape": "sagemaker.TagList"}',
      '{"value": 5, "shape": 7}',
    ].join('\n');
    const out = await run(runFormat, ['--jsonl'], input);
    expect(out.code).toBe(0);
    const results = out.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results).toEqual([
      { ok: true, shorthand: 'a=b' },
      { ok: true, shorthand: 'MaxCandidates=5' },
      {
        ok: true,
        json: '{"MaxCandidates":"5"}',
        reason: 'the string "5" does not fit the integer shape MaxCandidates at MaxCandidates',
        code: 'SHAPE_MISMATCH',
      },
      { ok: false, error: 'invalid JSON line: Expecting value: line 1 column 1 (char 0)', code: 'INVALID_JSON' },
      { ok: false, error: 'line 5 is blank: each line must hold a JSON object', code: 'BLANK_LINE' },
      { ok: false, error: 'each line must be an object with a "value"', code: 'INVALID_FIELD', field: 'value' },
      { ok: false, error: expect.stringMatching(/Missing/) as unknown, code: 'MODEL' },
      { ok: true, words: ['Key=k'] },
      { ok: false, error: '"shape" must be a string, not the number 7', code: 'INVALID_FIELD', field: 'shape' },
    ]);
  });
});

describe('render-command', () => {
  const request = {
    AutoMLJobName: 'job-1',
    InputDataConfig: [{ DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://b/t' } }, TargetAttributeName: 'y' }],
    OutputDataConfig: { S3OutputPath: 's3://b/o' },
    RoleArn: 'file://role.txt',
  };

  it('prints the command and notes what went as JSON', async () => {
    const out = await run(runRenderCommand, ['sagemaker', 'create-auto-ml-job'], JSON.stringify(request));
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'aws sagemaker create-auto-ml-job --auto-ml-job-name job-1 ' +
        "--input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y' " +
        `--output-data-config S3OutputPath=s3://b/o --cli-input-json '{"RoleArn":"file://role.txt"}'\n`,
    );
    expect(out.stderr).toBe('note: RoleArn (--cli-input-json) as JSON: the AWS CLI would load it as a file or URL\n');
  });

  it('multi-line output', async () => {
    const out = await run(runRenderCommand, ['--multiline', 'sagemaker', 'StopAutoMLJob'], '{"AutoMLJobName": "j"}');
    expect(out.stdout).toBe('aws sagemaker stop-auto-ml-job \\\n  --auto-ml-job-name j\n');
  });

  it('applies the AWS CLI renames', async () => {
    const out = await run(runRenderCommand, ['sagemaker', 'delete-image-version'], '{"ImageName": "i", "Version": 1}');
    expect(out.stdout).toBe('aws sagemaker delete-image-version --image-name i --version-number 1\n');
  });

  it.each([
    ['no operation', ['sagemaker'], '{}', 2, /SERVICE and OPERATION/],
    ['bad JSON', ['sagemaker', 'stop-auto-ml-job'], '[', 1, /not JSON/],
    ['not an object', ['sagemaker', 'stop-auto-ml-job'], '[]', 1, /JSON object/],
    ['an unknown service', ['nope', 'x'], '{}', 1, /nope/],
    ['an unknown operation', ['sagemaker', 'nope'], '{}', 1, /no operation "nope"/],
    ['an unknown parameter', ['sagemaker', 'stop-auto-ml-job'], '{"Nope": 1}', 1, /no parameter "Nope"/],
  ] as const)('%s', async (_name, args, stdin, code, message) => {
    const out = await run(runRenderCommand, [...args], stdin);
    expect(out.code).toBe(code);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
