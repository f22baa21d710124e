/**
 * Every option recorded in corpus/help (from the installed AWS CLI's own doc generators, see
 * scripts/record-help-corpus.py) against our generators: the type in parentheses and the
 * Shorthand Syntax, JSON Syntax and list Syntax blocks, character for character.
 * SageMaker runs against the bundled model; the other services run against the installed
 * botocore models and are skipped where Python with awscli is not available (failing instead
 * under AWS_SHORTHAND_REQUIRE_LIVE=1, see test/helpers/live.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '../../src/model/index.js';
import { botocoreDataDir, compareRows, installedModel, readHelpRows } from '../helpers/help-rows.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';


describe('sagemaker: every recorded option', () => {
  const rows = readHelpRows('sagemaker');
  const result = compareRows(rows, loadBundledModel('sagemaker'));

  it(`covers all ${rows.length} recorded options (none customised)`, () => {
    expect(result.custom).toBe(0);
    expect(result.checked).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(1500);
  });

  it('matches type, shorthand, JSON and list syntax for every option', () => {
    expect(result.mismatches).toEqual([]);
  });

  it('records blocks of every kind', () => {
    expect(rows.filter((row) => row.shorthand !== null).length).toBeGreaterThan(300);
    expect(rows.filter((row) => row.json !== null).length).toBeGreaterThan(350);
    expect(rows.filter((row) => row.syntax !== null).length).toBeGreaterThan(30);
  });
});

/** Known differences (none left: member-level `streaming` is now kept by the loader). */
const KNOWN: Readonly<Record<string, readonly string[]>> = {};

describeWith(pythonAwsCli(), 'other services against the installed botocore models', () => {
  const dataDir = botocoreDataDir();
  it.each(['dynamodb', 'ecs', 'lambda', 's3api', 'ec2', 'elb', 'firehose', 'workspaces'])('%s', (service) => {
    const rows = readHelpRows(service);
    const result = compareRows(rows, installedModel(dataDir, service));
    expect(result.checked + result.custom).toBe(rows.length);
    expect(result.mismatches.map((mismatch) => `${mismatch.row}`)).toEqual(KNOWN[service] ?? []);
    for (const mismatch of result.mismatches) {
      expect(mismatch).toMatchObject({ field: 'type', expected: 'streaming blob', actual: 'blob' });
    }
  });
});
