/**
 * `aws sagemaker create-auto-ml-job help`, per option, against the seed man page
 * (shared/seed/create-auto-ml-job.txt, also copied whole to test/fixtures/). The seed's blocks are copied here verbatim so the
 * test runs from a clean clone; the JSON blocks are also held against the corpus recorded from
 * the installed AWS CLI, whose model is newer than the seed's by six AutoML algorithms.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSyntax, optionExamples, optionTypeName, shorthandSyntax } from '../../src/cli/docs/index.js';
import { loadBundledModel } from '../../src/model/index.js';
import type { Shape } from '../../src/model/index.js';

// The five "Shorthand Syntax" lines of the seed man page, verbatim.
const SEED_SHORTHAND: ReadonlyArray<readonly [member: string, text: string]> = [
  [
    'InputDataConfig',
    'DataSource={S3DataSource={S3DataType=string,S3Uri=string}},CompressionType=string,TargetAttributeName=string,ContentType=string,ChannelType=string,SampleWeightAttributeName=string ...',
  ],
  ['OutputDataConfig', 'KmsKeyId=string,S3OutputPath=string'],
  ['AutoMLJobObjective', 'MetricName=string'],
  ['Tags', 'Key=string,Value=string ...'],
  ['ModelDeployConfig', 'AutoGenerateEndpointName=boolean,EndpointName=string'],
];

// The seed's "JSON Syntax" blocks, verbatim (block indentation removed).
const SEED_JSON: ReadonlyArray<readonly [param: string, member: string, text: string]> = [
  [
    '--input-data-config',
    'InputDataConfig',
    `[
  {
    "DataSource": {
      "S3DataSource": {
        "S3DataType": "ManifestFile"|"S3Prefix"|"AugmentedManifestFile",
        "S3Uri": "string"
      }
    },
    "CompressionType": "None"|"Gzip",
    "TargetAttributeName": "string",
    "ContentType": "string",
    "ChannelType": "training"|"validation",
    "SampleWeightAttributeName": "string"
  }
  ...
]`,
  ],
  [
    '--output-data-config',
    'OutputDataConfig',
    `{
  "KmsKeyId": "string",
  "S3OutputPath": "string"
}`,
  ],
  [
    '--auto-ml-job-objective',
    'AutoMLJobObjective',
    `{
  "MetricName": "Accuracy"|"MSE"|"F1"|"F1macro"|"AUC"|"RMSE"|"BalancedAccuracy"|"R2"|"Recall"|"RecallMacro"|"Precision"|"PrecisionMacro"|"MAE"|"MAPE"|"MASE"|"WAPE"|"AverageWeightedQuantileLoss"
}`,
  ],
  [
    '--tags',
    'Tags',
    `[
  {
    "Key": "string",
    "Value": "string"
  }
  ...
]`,
  ],
  [
    '--model-deploy-config',
    'ModelDeployConfig',
    `{
  "AutoGenerateEndpointName": true|false,
  "EndpointName": "string"
}`,
  ],
];

// The seed's --auto-ml-job-config block: its model predates six AutoMLAlgorithm values.
const SEED_AUTO_ML_JOB_CONFIG = `{
  "CompletionCriteria": {
    "MaxCandidates": integer,
    "MaxRuntimePerTrainingJobInSeconds": integer,
    "MaxAutoMLJobRuntimeInSeconds": integer
  },
  "SecurityConfig": {
    "VolumeKmsKeyId": "string",
    "EnableInterContainerTrafficEncryption": true|false,
    "VpcConfig": {
      "SecurityGroupIds": ["string", ...],
      "Subnets": ["string", ...]
    }
  },
  "CandidateGenerationConfig": {
    "FeatureSpecificationS3Uri": "string",
    "AlgorithmsConfig": [
      {
        "AutoMLAlgorithms": ["xgboost"|"linear-learner"|"mlp"|"lightgbm"|"catboost"|"randomforest"|"extra-trees"|"nn-torch"|"fastai", ...]
      }
      ...
    ]
  },
  "DataSplitConfig": {
    "ValidationFraction": float
  },
  "Mode": "AUTO"|"ENSEMBLING"|"HYPERPARAMETER_TUNING"
}`;

// The seed's options and the type each shows in parentheses.
const SEED_TYPES: ReadonlyArray<readonly [member: string, type: string]> = [
  ['AutoMLJobName', 'string'],
  ['InputDataConfig', 'list'],
  ['OutputDataConfig', 'structure'],
  ['ProblemType', 'string'],
  ['AutoMLJobObjective', 'structure'],
  ['AutoMLJobConfig', 'structure'],
  ['RoleArn', 'string'],
  ['GenerateCandidateDefinitionsOnly', 'boolean'],
  ['Tags', 'list'],
  ['ModelDeployConfig', 'structure'],
];

interface RecordedRow {
  readonly operation: string;
  readonly param: string;
  readonly json: string | null;
}

const corpusFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'help', 'sagemaker.jsonl');
const recorded = new Map(
  readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as RecordedRow)
    .filter((row) => row.operation === 'create-auto-ml-job')
    .map((row) => [row.param, row] as const),
);

function inputShape(member: string): Shape {
  const shape = loadBundledModel('sagemaker').operations.get('CreateAutoMLJob')?.input?.members.get(member)?.shape;
  if (shape === undefined) throw new Error(`CreateAutoMLJob has no member ${member}`);
  return shape;
}

const OPTS = { service: 'sagemaker', operation: 'create-auto-ml-job' } as const;

describe('create-auto-ml-job Shorthand Syntax (seed man page)', () => {
  it.each(SEED_SHORTHAND)('%s', (member, text) => {
    expect(shorthandSyntax(inputShape(member), OPTS)).toBe(text);
  });

  it('prints no shorthand for --auto-ml-job-config (its example nests deeper than the CLI documents)', () => {
    expect(shorthandSyntax(inputShape('AutoMLJobConfig'), OPTS)).toBeUndefined();
    expect(optionExamples(inputShape('AutoMLJobConfig'), OPTS).shorthand).toBeUndefined();
  });

  it.each(['AutoMLJobName', 'ProblemType', 'RoleArn', 'GenerateCandidateDefinitionsOnly'])(
    'prints no example blocks for scalar %s',
    (member) => {
      expect(optionExamples(inputShape(member), OPTS)).toEqual({});
    },
  );
});

describe('create-auto-ml-job JSON Syntax', () => {
  it.each(SEED_JSON)('%s: seed block = recorded CLI block = generated', (param, member, text) => {
    expect(recorded.get(param)?.json).toBe(text);
    expect(jsonSyntax(inputShape(member))).toBe(text);
  });

  it('--auto-ml-job-config: generated = recorded; the seed differs only by the newer algorithms', () => {
    const current = recorded.get('--auto-ml-job-config')?.json;
    expect(jsonSyntax(inputShape('AutoMLJobConfig'))).toBe(current);
    const seedLines = SEED_AUTO_ML_JOB_CONFIG.split('\n');
    const currentLines = (current ?? '').split('\n');
    expect(currentLines).toHaveLength(seedLines.length);
    const differing = seedLines.flatMap((line, index) => (line === currentLines[index] ? [] : [index]));
    expect(differing).toHaveLength(1);
    const index = differing[0] ?? -1;
    const algorithms = (line: string | undefined): string[] =>
      [...(line ?? '').matchAll(/"([a-z-]+)"(?=[|,])/g)].map((match) => match[1] ?? '');
    const seedValues = algorithms(seedLines[index]);
    const currentValues = algorithms(currentLines[index]);
    expect(seedLines[index]).toContain('"AutoMLAlgorithms": [');
    expect(seedValues).toHaveLength(9);
    expect(currentValues.slice(0, seedValues.length)).toEqual(seedValues);
    expect(currentValues).toHaveLength(seedValues.length + 6);
  });
});

describe('create-auto-ml-job option types', () => {
  it.each(SEED_TYPES)('%s is shown as (%s)', (member, type) => {
    expect(optionTypeName(inputShape(member))).toBe(type);
  });
});
