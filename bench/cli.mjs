// A cold `--cli-dry-run` of `sagemaker create-auto-ml-job` with every option set, against the
// AWS CLI doing the same work up to the send (`--generate-cli-skeleton output` parses and
// validates every option, then prints the output skeleton). Targets: under 100 ms, and at
// least 10x faster than the AWS CLI. Nothing reaches the network.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternatingMediansMs, medianMs } from './measure.mjs';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

const EVERY_OPTION = [
  'sagemaker', 'create-auto-ml-job',
  '--auto-ml-job-name', 'job-1',
  '--input-data-config',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}},TargetAttributeName=label,ChannelType=training',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/valid}},TargetAttributeName=label,ChannelType=validation',
  '--output-data-config', 'S3OutputPath=s3://bucket/out,KmsKeyId=key-1',
  '--problem-type', 'Regression',
  '--auto-ml-job-objective', 'MetricName=MSE',
  '--auto-ml-job-config',
  'CompletionCriteria={MaxCandidates=10,MaxRuntimePerTrainingJobInSeconds=3600,MaxAutoMLJobRuntimeInSeconds=86400},' +
    'SecurityConfig={VolumeKmsKeyId=key-1,EnableInterContainerTrafficEncryption=true,VpcConfig={SecurityGroupIds=[sg-1,sg-2],Subnets=[subnet-1]}},' +
    'CandidateGenerationConfig={FeatureSpecificationS3Uri=s3://bucket/features.json,AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]},' +
    'DataSplitConfig={ValidationFraction=0.25},Mode=ENSEMBLING',
  '--role-arn', 'arn:aws:iam::123456789012:role/SageMakerRole',
  '--generate-candidate-definitions-only',
  '--tags', 'Key=team,Value=ml', 'Key=stage,Value=dev',
  '--model-deploy-config', 'AutoGenerateEndpointName=false,EndpointName=ep-1',
];

const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: mkdtempSync(join(tmpdir(), 'aws-shorthand-bench-')),
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
};

function awsInstalled() {
  return spawnSync('aws', ['--version'], { env: ENV, stdio: 'ignore' }).status === 0;
}

export function run() {
  // The operation cache (~/.cache/aws-shorthand) holds the operation's part of the model after
  // the first run; without it every run decompresses and parses the whole SageMaker model.
  const uncached = medianMs(process.execPath, [MAIN, ...EVERY_OPTION, '--cli-dry-run'], 11, { ...ENV, AWS_SHORTHAND_NO_CACHE: '1' });
  const withAws = awsInstalled();
  const commands = [
    [process.execPath, ['-e', '0']],
    [process.execPath, [MAIN, ...EVERY_OPTION, '--cli-dry-run']],
    ...(withAws ? [['aws', [...EVERY_OPTION, '--generate-cli-skeleton', 'output']]] : []),
  ];
  // In turns, so that a busy machine weighs on both alike.
  const [node, ours, aws] = alternatingMediansMs(commands, withAws ? 9 : 15, ENV);
  console.log('\n== cli: cold dry run of create-auto-ml-job, every option set (medians of alternating runs)');
  console.log(`node -e 0                                   ${node.toFixed(1).padStart(8)} ms`);
  console.log(`aws-shorthand ... --cli-dry-run (no cache)  ${uncached.toFixed(1).padStart(8)} ms`);
  console.log(`aws-shorthand ... --cli-dry-run             ${ours.toFixed(1).padStart(8)} ms  (target < 100 ms)`);
  if (aws === undefined) {
    console.log('aws ... --generate-cli-skeleton output      (AWS CLI not installed: comparison skipped)');
    return;
  }
  console.log(`aws ... --generate-cli-skeleton output      ${aws.toFixed(1).padStart(8)} ms`);
  console.log(`speed-up                                    ${(aws / ours).toFixed(1).padStart(8)} x   (target >= 10x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
