import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliServiceName, dataServiceName, hyphenizeServiceId, xformName } from '../../src/model/loaders/names.js';

interface XformCorpus {
  readonly source: string;
  readonly hyphen: ReadonlyArray<readonly [string, string]>;
  readonly underscore: ReadonlyArray<readonly [string, string]>;
}

/** Recorded from botocore by scripts/record-xform-names.py. */
const corpus = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../corpus/model/xform-names.json'), 'utf8'),
) as XformCorpus;

describe('xformName matches botocore.xform_name', () => {
  test.each([
    ['CreateAutoMLJob', 'create-auto-ml-job'],
    ['CreateAutoMLJobV2', 'create-auto-ml-job-v2'],
    ['DescribeDBInstances', 'describe-db-instances'],
    ['ListWebACLs', 'list-web-acls'],
    ['GatewayARNs', 'gateway-arns'],
    ['S3Uri', 's3-uri'],
    ['Ec2InstanceId', 'ec2-instance-id'],
    ['AutoMLJobName', 'auto-ml-job-name'],
    ['HTTPHeader', 'http-header'],
    ['CreateCachediSCSIVolume', 'create-cached-iscsi-volume'],
    ['ExecutePartiQLStatement', 'execute-partiql-statement'],
    ['already-hyphenated', 'already-hyphenated'],
    ['', ''],
  ])('%s -> %s', (name, expected) => {
    expect(xformName(name)).toBe(expected);
  });

  test('the separator is inserted literally', () => {
    expect(xformName('CreateAutoMLJob', '$&')).toBe('create$&auto$&ml$&job');
    expect(xformName('ListWebACLs', '_')).toBe('list_web_acls');
    expect(xformName('ExecutePartiQLBatch', '_')).toBe('execute_partiql_batch');
    expect(xformName('already_done', '_')).toBe('already_done');
  });

  test(`every recorded name with '-' (${corpus.hyphen.length} names)`, () => {
    expect(corpus.hyphen.length).toBeGreaterThan(3000);
    const wrong = corpus.hyphen.filter(([name, expected]) => xformName(name) !== expected);
    expect(wrong).toEqual([]);
  });

  test(`every recorded name with '_' (${corpus.underscore.length} names)`, () => {
    const wrong = corpus.underscore.filter(([name, expected]) => xformName(name, '_') !== expected);
    expect(wrong).toEqual([]);
  });
});

describe('service names', () => {
  test.each([
    ['s3', 's3api'],
    ['config', 'configservice'],
    ['codedeploy', 'deploy'],
    ['sagemaker', 'sagemaker'],
    ['sagemaker-runtime', 'sagemaker-runtime'],
  ])('data name %s is CLI command %s', (data, cli) => {
    expect(cliServiceName(data)).toBe(cli);
    expect(dataServiceName(cli)).toBe(data);
  });

  test.each(['s3', 'config', 'codedeploy'])('%s is not a CLI service-model command', (name) => {
    expect(dataServiceName(name)).toBeUndefined();
  });

  test.each([
    ['SageMaker', 'sagemaker'],
    ['Lex Runtime V2', 'lex-runtime-v2'],
    ['  Spaced   Out ', 'spaced-out'],
  ])('service id %j hyphenizes to %s', (id, expected) => {
    expect(hyphenizeServiceId(id)).toBe(expected);
  });
});
