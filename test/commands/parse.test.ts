/** `aws-shorthand parse`: one value, stdin, `--jsonl` batches, and `--shape` coercion + validation. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { materialise, ROOT } from '../helpers/corpus.js';
import { runCliCaptured } from '../helpers/run-cli.js';

describe('parse', () => {
  it('prints the JSON value of TEXT', async () => {
    const result = await runCliCaptured(['parse', '--compact', 'a=b,c=[1,2],d={e=f}']);
    expect(result).toEqual({ code: 0, stdout: '{"a":"b","c":["1","2"],"d":{"e":"f"}}\n', stderr: '' });
  });

  it('reads stdin without one trailing newline when TEXT is absent', async () => {
    expect((await runCliCaptured(['parse', '--compact'], 'a=b \n')).stdout).toBe('{"a":"b"}\n');
    expect((await runCliCaptured(['parse', '--compact'], "a='x\n'\n")).stdout).toBe('{"a":"x\\n"}\n');
  });

  it("prints the AWS CLI's message on stderr and exits 1", async () => {
    const result = await runCliCaptured(['parse', 'a=b,a=c']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Second instance of key "a" encountered for input:\na=b,a=c\n    ^\nThis is often because there is a preceding "," instead of a space.\n',
    );
  });

  it('reads key@=file:// relative to the working directory', async () => {
    const cwd = materialise({ 'note.txt': 'line1\r\nline2' });
    const result = await runCliCaptured(['parse', '--compact', 'a@=file://note.txt,b@=file://missing.txt'], '', { cwd, env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'\n");
    expect((await runCliCaptured(['parse', '--compact', 'a@=file://note.txt'], '', { cwd, env: {} })).stdout).toBe('{"a":"line1\\nline2"}\n');
  });

  it('exits 2 on a bad command line', async () => {
    expect((await runCliCaptured(['parse', '--bogus'])).code).toBe(2);
    expect((await runCliCaptured(['parse', 'a=b', 'c=d'])).code).toBe(2);
  });
});

describe('parse --jsonl', () => {
  it('answers each line in order, and a bad line with an error line', async () => {
    const input = ['{"input":"a=b"}', '{"input":"a=b,"}', 'not json', '{"nope":1}', '', '{"input":"x=[1,{y=2}]"}'].join('\n');
    const out = (await runCliCaptured(['parse', '--jsonl'], input)).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual({ ok: true, value: { a: 'b' } });
    expect(out[1]).toMatchObject({ ok: false, offset: 4, error: "Expected: '<second>', received: '<none>' for input:\na=b,\n    ^" });
    expect(out[2]).toEqual({ ok: false, code: 'INVALID_JSON', error: 'invalid JSON line: Expecting value: line 1 column 1 (char 0)' });
    expect(out[3]).toEqual({ ok: false, code: 'INVALID_FIELD', field: 'input', error: 'each line must be an object with a string "input"' });
    expect(out[4]).toEqual({ ok: false, code: 'BLANK_LINE', error: 'line 5 is blank: each line must hold a JSON object' });
    expect(out[5]).toEqual({ ok: true, value: { x: ['1', { y: '2' }] } });
  });

  it('coerces and validates per line when a shape is named', async () => {
    const input = [
      '{"input":"Key=a,Value=b","service":"sagemaker","shape":"Tag"}',
      '{"input":"Key=,Vlaue=b","shape":"sagemaker.Tag"}',
      '{"input":"MaxCandidates=abc","shape":"sagemaker.AutoMLJobCompletionCriteria"}',
      '{"input":"MaxCandidates= 12 "}',
    ].join('\n');
    const result = await runCliCaptured(['parse', '--jsonl', '--shape', 'sagemaker.AutoMLJobCompletionCriteria'], input);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toEqual({ ok: true, value: { Key: 'a', Value: 'b' }, validation: [] });
    // Error-severity issues: not ok, as `parse --shape` exits 1 for the same input.
    expect(out[1]).toMatchObject({ ok: false, code: 'VALIDATION', value: { Key: '', Vlaue: 'b' } });
    expect(out[1]?.error).toMatch(/^Parameter validation failed:\nMissing required parameter in input: "Value"/);
    expect(out[1]?.validation).toEqual([
      expect.objectContaining({ path: '', code: 'MISSING_REQUIRED', message: 'Missing required parameter in input: "Value"' }),
      expect.objectContaining({ code: 'UNKNOWN_KEY', offset: 5, length: 5 }),
      expect.objectContaining({ path: 'Key', code: 'INVALID_LENGTH', offset: 4, length: 0 }),
    ]);
    expect(out[2]).toMatchObject({ ok: false, offset: 14 });
    expect(out[3]).toEqual({ ok: true, value: { MaxCandidates: 12 }, validation: [] });
  });
});

describe('parse --shape', () => {
  it('prints the coerced value', async () => {
    const result = await runCliCaptured(['parse', '--compact', '--shape', 'sagemaker.AutoMLSecurityConfig', 'EnableInterContainerTrafficEncryption=TRUE,VpcConfig={SecurityGroupIds=sg-1,Subnets=a}']);
    expect(result.stdout).toBe('{"EnableInterContainerTrafficEncryption":true,"VpcConfig":{"SecurityGroupIds":["sg-1"],"Subnets":["a"]}}\n');
    expect(result.code).toBe(0);
  });

  it("lists every validation problem in botocore's words and exits 1", async () => {
    const result = await runCliCaptured(['parse', '--shape', 'sagemaker.AutoMLChannel', 'DataSource={S3DataSource={S3DataType=S3Prefx}},Foo=1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Parameter validation failed:\nMissing required parameter in input: "TargetAttributeName"\n');
    expect(result.stderr).toContain('Unknown parameter in input: "Foo", must be one of: DataSource, CompressionType, TargetAttributeName');
    expect(result.stderr).toContain('Missing required parameter in DataSource.S3DataSource: "S3Uri"');
    expect(result.stderr).toMatch(/^warning: .*S3Prefx.*did you mean "S3Prefix"\?$/m);
  });

  it('skips validation with --no-validate', async () => {
    const result = await runCliCaptured(['parse', '--compact', '--no-validate', '--shape', 'sagemaker.Tag', 'Key=a']);
    expect(result).toEqual({ code: 0, stdout: '{"Key":"a"}\n', stderr: '' });
  });

  it('exits 2 for an unknown shape', async () => {
    expect((await runCliCaptured(['parse', '--shape', 'sagemaker.NoSuchShape', 'a=b'])).code).toBe(2);
  });
});

describe('parse --data-path', () => {
  it('finds the shape in a botocore data directory', async () => {
    const model = readFileSync(join(ROOT, 'test/fixtures/models/botocore-widgets.json'), 'utf8');
    const dir = materialise({ 'widgets/2021-06-30/service-2.json': model });
    const result = await runCliCaptured(['parse', '--compact', '--data-path', dir, '--shape', 'widgets.CreateWidgetRequest', 'WidgetName=w1,Color=Red,ClientToken=t,Size=3'], '', { env: {} });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ WidgetName: 'w1', Size: 3 });
  });
});
