/** fast-check generators of `aws sagemaker create-auto-ml-job` command lines, mostly valid. */
import fc from 'fast-check';
import { shorthandDocument } from './arbitraries.js';

const REQUIRED = ['--auto-ml-job-name', 'j', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', 'arn:aws:iam::123456789012:role/AutoML'];

/** A known value most of the time, random shorthand now and then. */
function mostly(...values: string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 6 }, { arbitrary: shorthandDocument, weight: 1 });
}

const channel = mostly(
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y,ChannelType=training',
  'DataSource={S3DataSource={S3DataType=ManifestFile,S3Uri="s3://b/i, j"}},TargetAttributeName=y,CompressionType=Gzip',
  '{"DataSource":{"S3DataSource":{"S3DataType":"S3Prefix","S3Uri":"s3://x"}},"TargetAttributeName":"t"}',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName= y ',
  'DataSource={S3DataSource={S3DataType=S3Prefix}},TargetAttributeName=y',
);
const config = mostly(
  'CompletionCriteria={MaxCandidates=5}',
  'CompletionCriteria={MaxCandidates= +7 ,MaxRuntimePerTrainingJobInSeconds=1_000}',
  'CompletionCriteria={MaxCandidates=x}',
  'SecurityConfig={EnableInterContainerTrafficEncryption=TRUE,VpcConfig={SecurityGroupIds=[a],Subnets=[b,c]}}',
  'CandidateGenerationConfig={AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]}',
  'DataSplitConfig={ValidationFraction=.5}',
  'Mode=ENSEMBLING',
  '{"CompletionCriteria":{"MaxCandidates":3}}',
  'SecurityConfig={VolumeKmsKeyId=k,VpcConfig={SecurityGroupIds=sg,Subnets=s}}',
);
const tag = mostly('Key=a,Value=b', 'Key=team,Value="m,l"', "Key='x y',Value=z", 'Value=b,Key=c', 'Key=a');

/** `sagemaker create-auto-ml-job …` argv (without `aws`). */
export const createAutoMlJobArgv: fc.Arbitrary<string[]> = fc
  .record({
    channels: fc.array(channel, { minLength: 1, maxLength: 2 }),
    config: fc.option(config),
    tags: fc.option(fc.array(tag, { minLength: 1, maxLength: 3 })),
    objective: fc.option(mostly('MetricName=F1', 'MetricName=Accuracy', 'MetricName=Nope')),
    deploy: fc.option(mostly('AutoGenerateEndpointName=true', 'AutoGenerateEndpointName=FALSE,EndpointName=e', 'AutoGenerateEndpointName=maybe')),
    flag: fc.option(fc.constantFrom('--generate-candidate-definitions-only', '--no-generate-candidate-definitions-only')),
    problem: fc.option(fc.constantFrom('Regression', 'BinaryClassification', 'Nope')),
  })
  .map((r) => [
    'sagemaker', 'create-auto-ml-job', ...REQUIRED, '--input-data-config', ...r.channels,
    ...(r.config !== null ? ['--auto-ml-job-config', r.config] : []),
    ...(r.tags !== null ? ['--tags', ...r.tags] : []),
    ...(r.objective !== null ? ['--auto-ml-job-objective', r.objective] : []),
    ...(r.deploy !== null ? ['--model-deploy-config', r.deploy] : []),
    ...(r.flag !== null ? [r.flag] : []),
    ...(r.problem !== null ? ['--problem-type', r.problem] : []),
  ]);
