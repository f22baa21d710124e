/**
 * Payload outputs in shell scripts (`aws lambda invoke --function-name f out.json`): the first
 * positional word is the outfile, not an unknown option; a missing one is reported with the
 * required options; `--cli-input-json` and `--generate-cli-skeleton` are neither proposed nor
 * known for such operations (the AWS CLI leaves them out), and supply nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseScript, completeScript, diagnoseScript } from '../../src/editor/script.js';
import type { ModelLookup } from '../../src/editor/script.js';
import { ModelRegistry } from '../../src/model/index.js';
import { cursor, slice } from '../editor/helpers.js';

const registry: ModelLookup = new ModelRegistry({ dataPath: [join(import.meta.dirname, 'fixtures/models')] });

/** The diagnostics of `script`, without v1's notes on how v2 would read a blob (test/editor/blobs.test.ts has those). */
function diagnostics(script: string): Array<[string, string, string]> {
  return diagnoseScript(analyseScript(script, registry))
    .filter((d) => d.code !== 'BLOB_READ_AS_BASE64_IN_V2')
    .map((d) => [d.code, slice(script, d), d.message]);
}

function labels(marked: string): string[] {
  const { text, offset } = cursor(marked);
  return completeScript(analyseScript(text, registry), offset, registry).map((item) => item.label);
}

describe('diagnostics', () => {
  it.each([
    ['outfile after the options', 'aws lambda invoke --function-name f out.json', []],
    ['outfile first', 'aws lambda invoke out.json --function-name f', []],
    ['outfile after a blob option', 'aws sagemaker-runtime invoke-endpoint --endpoint-name e --body b out.json', []],
    ['outfile after a flag-free run of options', 'aws s3api get-object --bucket b --key k --range bytes=0-9 object.bin', []],
    [
      'a second positional word is unknown',
      'aws lambda invoke --function-name f a.json b.json',
      [['UNKNOWN_OPTION', 'b.json', 'Unknown options: b.json']],
    ],
    [
      'no outfile: reported with the required options',
      'aws lambda invoke --payload x',
      [['MISSING_OPTION', 'invoke', 'the following arguments are required: --function-name, outfile']],
    ],
    [
      '--cli-input-json supplies nothing and is unknown here',
      "aws lambda invoke --cli-input-json '{}'",
      [
        ['MISSING_OPTION', 'invoke', 'the following arguments are required: --function-name, outfile'],
        ['UNKNOWN_OPTION', '--cli-input-json', 'Unknown option --cli-input-json for invoke'],
      ],
    ],
    [
      '--generate-cli-skeleton is unknown here',
      'aws lambda invoke --function-name f out.json --generate-cli-skeleton',
      [['UNKNOWN_OPTION', '--generate-cli-skeleton', 'Unknown option --generate-cli-skeleton for invoke']],
    ],
    // Without a payload output nothing changes: a stray word is still unknown.
    ['other operations take no positional', 'aws lambda tag-resource --resource r --tags a=b extra', [['UNKNOWN_OPTION', 'extra', 'Unknown options: extra']]],
    ['other operations keep --cli-input-json', "aws lambda tag-resource --cli-input-json '{}'", []],
  ] as ReadonlyArray<readonly [string, string, Array<[string, string, string]>]>)('%s', (_name, script, expected) => {
    expect(diagnostics(script)).toEqual(expected);
  });
});

describe('completion', () => {
  it('offers the members but not --cli-input-json or --generate-cli-skeleton', () => {
    const offered = labels('aws lambda invoke --function-name f out.json --|');
    expect(offered).toContain('--payload');
    expect(offered).not.toContain('--cli-input-json');
    expect(offered).not.toContain('--generate-cli-skeleton');
    expect(offered).not.toContain('--outfile');
  });

  it('still offers them for an operation without a payload output', () => {
    const offered = labels('aws lambda tag-resource --|');
    expect(offered).toContain('--cli-input-json');
    expect(offered).toContain('--generate-cli-skeleton');
  });
});
