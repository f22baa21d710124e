// `aws-shorthand check`, cold, on a 10,000-command script and on a directory of 1,000 scripts of
// 10 commands each (one model registry for the run: each service's model is loaded once).
// Targets: under 2 s and under 10 s. Each figure is also given as a ratio to `node -e 0`, run in
// turns with it so that the load of a shared machine weighs on both alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternatingMediansMs } from './measure.mjs';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

/** The `i`th command: the shapes scripts have (continuations, quotes, `$(…)`, assignments, `sudo`, JSON). */
export function command(i) {
  switch (i % 5) {
    case 0:
      return [
        `aws sagemaker create-auto-ml-job --auto-ml-job-name "job-${i}" \\`,
        `  --role-arn ${ROLE} --output-data-config S3OutputPath=s3://bucket/out \\`,
        `  --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train/${i}}},TargetAttributeName=label' \\`,
        `  --tags Key=team,Value=ml Key=run,Value=${i}`,
      ].join('\n');
    case 1:
      return `MODELS=$(aws sagemaker list-models --max-results ${(i % 100) + 1} --sort-by Name --query 'Models[].ModelName' --output text)`;
    case 2:
      return `AWS_PROFILE=dev aws sagemaker describe-model --model-name "model-${i}" --region us-east-1`;
    case 3:
      return `sudo aws sagemaker create-model --model-name m${i} --execution-role-arn ${ROLE} --primary-container '{"Image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/img:${i}", "Environment": {"RUN": "${i}"}}'`;
    default:
      return `aws sagemaker add-tags --resource-arn arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep-${i} --tags "Key=owner,Value=user-${i}"`;
  }
}

/** A script of `count` commands starting at command `from`, with a shell line between groups. */
export function script(count, from = 0) {
  const lines = ['#!/bin/bash', 'set -euo pipefail'];
  for (let i = from; i < from + count; i++) {
    lines.push(command(i));
    if (i % 10 === 9) lines.push(`echo "step ${i}"`);
  }
  return `${lines.join('\n')}\n`;
}

export function run() {
  const dir = mkdtempSync(join(tmpdir(), 'aws-shorthand-bench-check-'));
  try {
    const big = join(dir, 'big.sh');
    writeFileSync(big, script(10_000));
    const many = join(dir, 'scripts');
    mkdirSync(many);
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, `s${String(i).padStart(4, '0')}.sh`), script(10, i * 10));
    const env = { PATH: process.env.PATH ?? '', HOME: dir };
    const [node, one, thousand] = alternatingMediansMs(
      [
        [process.execPath, ['-e', '0']],
        [process.execPath, [MAIN, 'check', big]],
        [process.execPath, [MAIN, 'check', many]],
      ],
      5,
      env,
    );
    console.log('\n== check: cold `aws-shorthand check` (medians of 5 alternating runs; scripts with no findings)');
    console.log(`node -e 0                                      ${node.toFixed(1).padStart(8)} ms`);
    console.log(`check one script of 10,000 commands (1.4 MB)   ${one.toFixed(1).padStart(8)} ms  ${(one / node).toFixed(1).padStart(5)}x node -e 0  (target < 2,000 ms)`);
    console.log(`check a directory of 1,000 scripts of 10       ${thousand.toFixed(1).padStart(8)} ms  ${(thousand / node).toFixed(1).padStart(5)}x node -e 0  (target < 10,000 ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run();
