/**
 * Whatever a command line holds, the CLI answers with a result or the AWS CLI's kind of error
 * (exit 0, 2 or 255) — never a crash, an internal error or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shorthandDocument, shorthandLike } from '../helpers/arbitraries.js';
import { runCliCaptured } from '../helpers/run-cli.js';

const OPTIONS = [
  '--auto-ml-job-name', '--input-data-config', '--output-data-config', '--problem-type', '--auto-ml-job-objective',
  '--auto-ml-job-config', '--role-arn', '--generate-candidate-definitions-only', '--no-generate-candidate-definitions-only',
  '--tags', '--model-deploy-config', '--cli-input-json', '--generate-cli-skeleton', '--output', '--query',
];

const word = fc.oneof(
  fc.constantFrom(...OPTIONS),
  shorthandLike,
  shorthandDocument,
  fc.constantFrom('{"a":1}', '[1,2]', '{', 'file://missing.txt', 'input', 'output', '-', '--', '='),
);

describe('create-auto-ml-job with random words', () => {
  it('exits 0, 2 or 255 with a message, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 8 }), async (words) => {
        const result = await runCliCaptured(['sagemaker', 'create-auto-ml-job', ...words, '--cli-dry-run'], '', { env: { AWS_DEFAULT_REGION: 'us-east-1', HOME: '/nonexistent' } });
        expect([0, 2, 255]).toContain(result.code);
        expect(result.stderr).not.toMatch(/internal error|TypeError|ReferenceError|RangeError/);
        if (result.code !== 0) expect(result.stderr.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.CLI_FUZZ_RUNS ?? 300) },
    );
  });
});
