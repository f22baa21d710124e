/**
 * `toCommandArgs` / `toCommandLine`: the words chosen for each kind of parameter, shell
 * quoting, and (fast-check) for generated requests of every SageMaker operation: the text
 * shell-splits into the argv, and every option's words read back as the request.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsCliOptionHooks } from '../../src/awscli/option-rules.js';
import { bundledRegistry } from '../../src/model/index.js';
import type { Operation } from '../../src/model/shape.js';
import { SerializeError, shellQuote } from '../../src/serializer/index.js';
import { toCommandArgs, toCommandLine } from '../../src/awscli/command-line.js';
import { readCommand, shellSplit } from './command-line-reader.js';
import { valueOf } from './arbitraries.js';
import { bigIntegers } from './oracle.js';

const model = bundledRegistry().service('sagemaker');
const RUNS = Number(process.env.SERIALIZER_COMMAND_RUNS ?? 3);

const REQUEST = {
  AutoMLJobName: 'job-1',
  InputDataConfig: [
    { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/train' } }, TargetAttributeName: 'label' },
  ],
  OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
  RoleArn: 'arn:aws:iam::123456789012:role/SageMakerRole',
  AutoMLJobConfig: { CompletionCriteria: { MaxCandidates: 10 }, SecurityConfig: { VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['a', 'b'] } } },
  GenerateCandidateDefinitionsOnly: true,
  Tags: [{ Key: 'team', Value: "ml's" }, { Key: 'stage', Value: 'dev' }],
};

describe('toCommandLine', () => {
  it('writes the seed command', () => {
    expect(toCommandLine('sagemaker', 'create-auto-ml-job', REQUEST)).toBe(
      'aws sagemaker create-auto-ml-job --auto-ml-job-name job-1 ' +
        "--input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}},TargetAttributeName=label' " +
        '--output-data-config S3OutputPath=s3://bucket/out ' +
        "--auto-ml-job-config 'CompletionCriteria={MaxCandidates=10},SecurityConfig={VpcConfig={SecurityGroupIds=[sg-1],Subnets=[a,b]}}' " +
        '--role-arn arn:aws:iam::123456789012:role/SageMakerRole --generate-candidate-definitions-only ' +
        `--tags 'Key=team,Value="ml'\\''s"' Key=stage,Value=dev`,
    );
  });

  it('accepts the model name of the operation and breaks lines on request', () => {
    const text = toCommandLine('sagemaker', 'StopAutoMLJob', { AutoMLJobName: 'j' }, model, { multiline: true });
    expect(text).toBe('aws sagemaker stop-auto-ml-job \\\n  --auto-ml-job-name j');
  });

  it.each([
    ['false booleans as --no-flag', { GenerateCandidateDefinitionsOnly: false }, ['--no-generate-candidate-definitions-only'], []],
    ['values starting with - joined with =', { AutoMLJobName: '-x' }, ['--auto-ml-job-name=-x'], []],
    ['shorthand starting with - joined with =', { OutputDataConfig: { '-k': 'v' } as object }, ['--output-data-config=-k=v'], []],
    ['an empty list as JSON', { Tags: [] }, ['--tags', '[]'], ['--tags']],
    ['a list item shorthand cannot say, whole list as JSON', { Tags: [{ Key: 'k', Value: null }] }, ['--tags', '[{"Key":"k","Value":null}]'], ['--tags']],
    ['a structure shorthand cannot say as JSON', { OutputDataConfig: {} }, ['--output-data-config', '{}'], ['--output-data-config']],
    ['a file:// string into --cli-input-json', { RoleArn: 'file://role' }, ['--cli-input-json', '{"RoleArn":"file://role"}'], ['--cli-input-json']],
    ['an https:// string too', { RoleArn: 'https://x' }, ['--cli-input-json', '{"RoleArn":"https://x"}'], ['--cli-input-json']],
    ['a mismatched scalar too', { AutoMLJobName: 5 }, ['--cli-input-json', '{"AutoMLJobName":5}'], ['--cli-input-json']],
    ['null too', { RoleArn: null }, ['--cli-input-json', '{"RoleArn":null}'], ['--cli-input-json']],
  ] as const)('%s', (_name, params, words, noted) => {
    const result = toCommandArgs('sagemaker', 'create-auto-ml-job', params);
    expect(result.argv).toEqual(['aws', 'sagemaker', 'create-auto-ml-job', ...words]);
    expect(result.notes.map((note) => note.option)).toEqual(noted);
    expect(shellSplit(result.text)).toEqual(result.argv);
  });

  it('lists of scalars inside shorthand stay csv', () => {
    const result = toCommandArgs('sagemaker', 'create-model', { ModelName: 'm', VpcConfig: { SecurityGroupIds: ['a', 'b'], Subnets: ['c'] } });
    expect(result.argv.slice(3)).toEqual(['--model-name', 'm', '--vpc-config', 'SecurityGroupIds=a,b,Subnets=c']);
  });

  it('uses the AWS CLI option renames, by default and through the hooks', () => {
    const hooks = awsCliOptionHooks('sagemaker', model, 'delete-image-version');
    const result = toCommandArgs('sagemaker', 'delete-image-version', { ImageName: 'i', Version: 2 }, model, hooks);
    expect(result.argv.slice(3)).toEqual(['--image-name', 'i', '--version-number', '2']);
    // `--version` would be the AWS CLI's own flag: the renames apply without hooks too.
    expect(toCommandLine('sagemaker', 'delete-image-version', { ImageName: 'x', Version: 1 })).toBe('aws sagemaker delete-image-version --image-name x --version-number 1');
    // A caller's own hook still wins.
    const own = toCommandArgs('sagemaker', 'delete-image-version', { ImageName: 'i', Version: 2 }, model, { optionName: (name) => name });
    expect(own.argv.slice(3)).toEqual(['--image-name', 'i', '--version', '2']);
  });

  it('leaves file:// alone where the AWS CLI does not load it', () => {
    const hooks = awsCliOptionHooks('sagemaker', model, 'create-notebook-instance');
    const params = { NotebookInstanceName: 'n', InstanceType: 'ml.t3.medium', RoleArn: 'r', DefaultCodeRepository: 'file://repo' };
    const result = toCommandArgs('sagemaker', 'create-notebook-instance', params, model, hooks);
    expect(result.argv).toContain('file://repo');
    expect(result.notes).toEqual([]);
  });

  it('refuses unknown operations and parameters', () => {
    expect(() => toCommandArgs('sagemaker', 'no-such-op', {})).toThrow(expect.objectContaining({ code: 'UNKNOWN_OPERATION' }));
    expect(() => toCommandArgs('sagemaker', 'stop-auto-ml-job', { Nope: 1 })).toThrow(expect.objectContaining({ code: 'UNKNOWN_PARAMETER', path: ['Nope'] }));
    expect(() => toCommandArgs('sagemaker', 'stop-auto-ml-job', { Nope: 1 })).toThrow(SerializeError);
  });

  it('carries NUL characters in JSON, which escapes them', () => {
    const scalar = toCommandArgs('sagemaker', 'stop-auto-ml-job', { AutoMLJobName: 'a\u0000' });
    expect(scalar.argv.slice(3)).toEqual(['--cli-input-json', '{"AutoMLJobName":"a\\u0000"}']);
    const shorthand = toCommandArgs('sagemaker', 'create-auto-ml-job', { OutputDataConfig: { S3OutputPath: '\u0000' } });
    expect(shorthand.argv.slice(3)).toEqual(['--output-data-config', '{"S3OutputPath":"\\u0000"}']);
  });
});

/** The words of a list-of-strings option in a synthetic operation. */
function listWords(value: unknown): readonly string[] {
  const op: Operation = {
    name: 'Op',
    input: {
      kind: 'structure',
      name: 'In',
      members: new Map([['Items', { name: 'Items', shape: { kind: 'list', name: 'L', member: { kind: 'string', name: 'S' } } }]]),
      required: new Set(),
    },
  };
  const synthetic = { ...model, operations: new Map([['Op', op]]), metadata: model.metadata, shape: model.shape.bind(model), shapeNames: model.shapeNames.bind(model) };
  return toCommandArgs('svc', 'Op', { Items: value }, synthetic).argv.slice(3);
}

describe('lists of scalars', () => {
  it.each([
    ['plain words', ['a', 'b c'], ['--items', 'a', 'b c']],
    ['one word starting with [ is JSON', ['[x'], ['--items', '["[x"]']],
    ['several words may start with [', ['[x', 'y'], ['--items', '[x', 'y']],
    ['a word starting with - is JSON', ['a', '-b'], ['--items', '["a","-b"]']],
    ['one word naming a file is JSON', ['file://x'], ['--items', '["file://x"]']],
    ['an empty word', [''], ['--items', '']],
  ] as const)('%s', (_name, value, words) => {
    expect(listWords(value)).toEqual(words);
  });
});

describe('shellQuote', () => {
  it.each([
    ['abc', 'abc'],
    ['Key=a,Value=b', 'Key=a,Value=b'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", `'it'\\''s'`],
    ['$HOME', "'$HOME'"],
    ['a\nb', "'a\nb'"],
    ['{x}', "'{x}'"],
    ['~', "'~'"],
  ])('%j -> %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
    expect(shellSplit(quoted)).toEqual([word]);
  });
});

describe('every SageMaker operation: generated requests read back (fast-check)', () => {
  const operations = [...model.operations.values()].filter((op) => op.input !== undefined);

  it.each(operations.map((op) => [op.name, op] as const))('%s', (_name, op) => {
    const hooks = awsCliOptionHooks('sagemaker', model, op.name);
    fc.assert(
      fc.property(valueOf(op.input as NonNullable<Operation['input']>, { maxDepth: 3 }), fc.boolean(), (request, multiline) => {
        const result = toCommandArgs('sagemaker', op.name, request as Record<string, unknown>, model, { ...hooks, multiline });
        expect(shellSplit(result.text)).toEqual(result.argv);
        expect(bigIntegers(readCommand(result.argv, op, hooks.optionName))).toEqual(bigIntegers(request));
      }),
      { numRuns: RUNS, seed: 20261128 },
    );
  });
});
