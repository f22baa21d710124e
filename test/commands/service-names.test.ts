/**
 * Service names in shape references as botocore and the AWS CLI both spell them (`s3` and
 * `s3api`, `config` and `configservice`, `codedeploy` and `deploy`), `--data-path` on every
 * subcommand that reads models, and "did you mean" for mistyped commands, services and shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from '../../src/index.js';
import { openDocument } from '../../src/editor/document.js';
import { ModelError } from '../../src/model/loaders/errors.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { runCliCaptured } from '../helpers/run-cli.js';
import { modelError } from '../helpers/model.js';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';

afterAll(removeTempTrees);

/** Models of s3 (among others), botocore layout. */
const FIXTURES = join(import.meta.dirname, '../cli/fixtures/models');
const WIDGETS = readFileSync(join(import.meta.dirname, '../fixtures/models/botocore-widgets.json'), 'utf8');
/** `config` and `codedeploy` data directories holding the widgets model. */
const RENAMED = tempTree({
  'config/2021-06-30/service-2.json': WIDGETS,
  'codedeploy/2021-06-30/service-2.json': WIDGETS,
});
/** No AWS_DATA_PATH and an empty home, so only `--data-path` and the bundle are searched. */
const ENV = { HOME: tempTree({ '.keep': '' }), AWS_SHORTHAND_NO_CACHE: '1' };

describe('shape references take either spelling of a renamed service', () => {
  const registry = new ModelRegistry({ dataPath: [FIXTURES, RENAMED] });

  test.each([
    ['s3', 's3api', 'Tag'],
    ['config', 'configservice', 'CreateWidgetRequest'],
    ['codedeploy', 'deploy', 'CreateWidgetRequest'],
  ])('%s and %s name the same model (%s)', (dataName, cliName, shape) => {
    const found = registry.shape(`${dataName}.${shape}`);
    expect(found).toBe(registry.shape(`${cliName}.${shape}`));
    expect(registry.findReferencedService(dataName)?.metadata.serviceName).toBe(cliName);
  });

  test('runtime.sagemaker, the hidden alias of sagemaker-runtime', () => {
    expect(registry.shape('runtime.sagemaker.InvokeEndpointInput')).toBe(registry.shape('sagemaker-runtime.InvokeEndpointInput'));
  });

  test('as AWS CLI commands the botocore names stay unknown (`aws s3` is not the S3 model)', () => {
    for (const name of ['s3', 'config', 'codedeploy']) expect(registry.findService(name)).toBeUndefined();
  });

  test('the library parse resolves s3.Tag', () => {
    expect(parse('Key=a,Value=b', 's3.Tag', { registry })).toEqual({ Key: 'a', Value: 'b' });
  });

  test('an editor document headed `# shape: s3.Tag` is checked against the S3 model', () => {
    const document = openDocument('# shape: s3.Tag\nKey=a,Valeu=b', 'plaintext', registry);
    expect(document.kind === 'shorthand' ? document.shape : undefined).toBe(registry.shape('s3api.Tag'));
    expect(document.kind === 'shorthand' ? document.problems : undefined).toEqual([]);
  });

  test('parse --shape s3.Tag', async () => {
    const result = await runCliCaptured(['parse', '--compact', '--data-path', FIXTURES, '--shape', 's3.Tag', 'Key=a,Value=b'], '', { env: ENV });
    expect(result).toEqual({ code: 0, stdout: '{"Key":"a","Value":"b"}\n', stderr: '' });
  });

  test('parse --jsonl: service fields s3, config, codedeploy', async () => {
    const lines = [
      { input: 'Key=a,Value=b', service: 's3', shape: 'Tag' },
      { input: 'Key=a,Value=b', service: 's3api', shape: 'Tag' },
      { input: 'WidgetName=w,Color=Red,ClientToken=t', service: 'config', shape: 'CreateWidgetRequest' },
      { input: 'WidgetName=w,Color=Red,ClientToken=t', service: 'deploy', shape: 'CreateWidgetRequest' },
      { input: 'WidgetName=w,Color=Red,ClientToken=t', service: 'codedeploy', shape: 'CreateWidgetRequest' },
    ];
    const result = await runCliCaptured(
      ['parse', '--jsonl', '--data-path', FIXTURES, '--data-path', RENAMED],
      lines.map((line) => JSON.stringify(line)).join('\n'),
      { env: ENV },
    );
    const answers = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; value?: unknown; validation?: unknown });
    const widget = { WidgetName: 'w', Color: 'Red', ClientToken: 't' };
    expect(answers).toEqual([
      { ok: true, value: { Key: 'a', Value: 'b' }, validation: [] },
      { ok: true, value: { Key: 'a', Value: 'b' }, validation: [] },
      { ok: true, value: widget, validation: [] },
      { ok: true, value: widget, validation: [] },
      { ok: true, value: widget, validation: [] },
    ]);
  });
});

describe('--data-path on every subcommand that reads models', () => {
  test('cli --jsonl --data-path', async () => {
    const line = { argv: ['s3api', 'put-bucket-tagging', '--bucket', 'b', '--tagging', 'TagSet=[{Key=a,Value=b}]'] };
    const result = await runCliCaptured(['cli', '--jsonl', '--data-path', FIXTURES], JSON.stringify(line), { env: ENV });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, params: { Bucket: 'b', Tagging: { TagSet: [{ Key: 'a', Value: 'b' }] } } });
  });

  test("cli --jsonl: a line's own --data-path is searched before the subcommand's", async () => {
    const line = { argv: ['--data-path', RENAMED, 'configservice', 'list-widgets'] };
    const result = await runCliCaptured(['cli', '--jsonl', '--data-path', FIXTURES], JSON.stringify(line), { env: ENV });
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, params: {} });
  });

  test('format --data-path --shape s3.Tag', async () => {
    const result = await runCliCaptured(['format', '--data-path', FIXTURES, '--shape', 's3.Tag'], '{"Key": "a", "Value": "b"}', { env: ENV });
    expect(result).toEqual({ code: 0, stdout: 'Key=a,Value=b\n', stderr: '' });
  });

  test('render-command --data-path s3 writes the CLI name s3api', async () => {
    const request = { Bucket: 'b', Tagging: { TagSet: [{ Key: 'a', Value: 'b' }] } };
    const result = await runCliCaptured(['render-command', '--data-path', FIXTURES, 's3', 'put-bucket-tagging'], JSON.stringify(request), { env: ENV });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("aws s3api put-bucket-tagging --bucket b --tagging 'TagSet=[{Key=a,Value=b}]'\n");
  });
});

describe('did you mean', () => {
  test('a mistyped subcommand', async () => {
    const result = await runCliCaptured(['pars', 'a=b'], '', { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr.endsWith('\naws-shorthand: "pars" is not a command; did you mean aws-shorthand parse?\n')).toBe(true);
  });

  test('no suggestion for a word close to no subcommand', async () => {
    const result = await runCliCaptured(['zzzzzz'], '', { env: ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('did you mean');
  });

  test('a mistyped shape name', () => {
    const error = modelError(() => parse('Key=a', 'sagemaker.Tagg'));
    expect([error.code, error.subject, error.suggestions, error.message]).toEqual([
      'SHAPE_NOT_FOUND',
      'sagemaker.Tagg',
      ['sagemaker.Tag'],
      'No shape "sagemaker.Tagg"; did you mean "sagemaker.Tag"?',
    ]);
  });

  test('a mistyped service, either spelling offered', () => {
    const registry = new ModelRegistry({ dataPath: [FIXTURES] });
    const error = modelError(() => registry.shape('sagemakr.Tag'));
    expect([error.code, error.suggestions, error.message]).toEqual(['SERVICE_NOT_FOUND', ['sagemaker'], 'Unknown service "sagemakr"; did you mean "sagemaker"?']);
    // botocore's spelling of a renamed service is offered too.
    expect(modelError(() => new ModelRegistry({ dataPath: [RENAMED] }).shape('confg.Tag')).suggestions).toEqual(['config']);
  });

  test('parse --shape prints the suggestion', async () => {
    const result = await runCliCaptured(['parse', '--shape', 'sagemaker.Tagg', 'Key=a'], '', { env: ENV });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'No shape "sagemaker.Tagg"; did you mean "sagemaker.Tag"?\n' });
  });

  test('an editor header naming a mistyped shape', () => {
    const document = openDocument('# shape: sagemaker.Tagg\nKey=a', 'plaintext', new ModelRegistry());
    const problems = document.kind === 'shorthand' ? document.problems : [];
    expect(problems.map((problem) => [problem.message, problem.offset, problem.length])).toEqual([
      ['Unknown shape sagemaker.Tagg: checking syntax only (did you mean sagemaker.Tag?)', 9, 14],
    ]);
  });

  test('no suggestion when nothing is close', () => {
    const error = modelError(() => parse('Key=a', 'sagemaker.Zzzzzzzz'));
    expect(error).toBeInstanceOf(ModelError);
    expect([error.suggestions, error.message]).toEqual([[], 'No shape "sagemaker.Zzzzzzzz"']);
  });
});
