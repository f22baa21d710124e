/**
 * `aws <service> wait <waiter> …` in shell scripts: the waiter's operation supplies the options,
 * so they complete and are checked like an operation's; `wait` and the waiter names complete,
 * and an unknown waiter is reported on its word.
 */
import { describe, expect, it } from 'vitest';
import { analyseScript, completeScript, diagnoseScript } from '../../src/editor/script.js';
import type { ModelLookup } from '../../src/editor/script.js';
import { plainText } from '../../src/editor/snippet.js';
import { bundledRegistry } from '../../src/model/index.js';
import { cursor, slice } from './helpers.js';

const registry: ModelLookup = bundledRegistry();

function diagnostics(script: string): Array<[string, string, string]> {
  return diagnoseScript(analyseScript(script, registry)).map((d) => [d.code, slice(script, d), d.message]);
}

function labels(marked: string): string[] {
  const { text, offset } = cursor(marked);
  return completeScript(analyseScript(text, registry), offset, registry).map((item) => item.label);
}

function apply(marked: string, label: string): string {
  const { text, offset } = cursor(marked);
  const item = completeScript(analyseScript(text, registry), offset, registry).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no ${label}`);
  return text.slice(0, item.edit.offset) + plainText(item.insert) + text.slice(item.edit.offset + item.edit.length);
}

describe('wait commands in scripts', () => {
  it.each([
    ['a valid waiter command', 'aws sagemaker wait endpoint-in-service --endpoint-name ep-1', []],
    ['a missing required option, on the waiter', 'aws sagemaker wait endpoint-in-service', [['MISSING_OPTION', 'endpoint-in-service', 'the following arguments are required: --endpoint-name']]],
    [
      'an option the operation does not have',
      'aws sagemaker wait endpoint-in-service --endpoint-name e --job-name j',
      [['UNKNOWN_OPTION', '--job-name', 'Unknown option --job-name for endpoint-in-service']],
    ],
    ['an unknown waiter', 'aws sagemaker wait endpoint-ready --endpoint-name e', [['UNKNOWN_OPERATION', 'endpoint-ready', "Unknown waiter 'endpoint-ready' for sagemaker wait"]]],
    ['wait alone: nothing to check yet', 'aws sagemaker wait', []],
  ] as ReadonlyArray<readonly [string, string, Array<[string, string, string]>]>)('%s', (_name, script, expected) => {
    expect(diagnostics(script)).toEqual(expected);
  });

  it('checks a waiter option like an operation option', () => {
    expect(diagnostics('aws sagemaker wait endpoint-in-service --endpoint-name')).toEqual([['MISSING_OPTION', '--endpoint-name', 'argument --endpoint-name: expected one argument']]);
  });

  it('completes wait among the operations, the waiters after it, and the waiter options', () => {
    expect(labels('aws sagemaker wai|')).toContain('wait');
    expect(labels('aws sagemaker wait |')).toContain('endpoint-in-service');
    expect(labels('aws sagemaker wait |')).toHaveLength(13);
    expect(apply('aws sagemaker wait training-job-c|', 'training-job-completed-or-stopped')).toBe('aws sagemaker wait training-job-completed-or-stopped');
    expect(labels('aws sagemaker wait endpoint-in-service --|')).toContain('--endpoint-name');
    expect(labels('aws sagemaker wait endpoint-in-service --|')).not.toContain('--auto-ml-job-name');
  });
});
