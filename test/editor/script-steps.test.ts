/**
 * Script analysis in steps, as the language server runs it: the steps give the same analysis as
 * `analyseScript`, and an earlier version lends the analyses of option values it already had.
 */
import { describe, expect, it } from 'vitest';
import { analyseScript, analyseScriptInSteps, diagnoseScript, runSteps } from '../../src/editor/script.js';
import { bundledRegistry } from '../../src/model/index.js';

const registry = bundledRegistry();
const command = (i: number, dataType: string): string =>
  `aws sagemaker create-auto-ml-job --auto-ml-job-name j${i} --input-data-config 'DataSource={S3DataSource={S3DataType=${dataType},S3Uri=s3://b/${i}}},TargetAttributeName=y' --output-data-config S3OutputPath=s3://b/o --role-arn arn:aws:iam::123456789012:role/R --tags Key=a,Value=${i} Key=b,Value=c\n`;

describe('analyseScriptInSteps', () => {
  it('pauses at least once per command and ends with the analysis analyseScript makes', () => {
    const text = [0, 1, 2].map((i) => command(i, i === 1 ? 'S3Prefx' : 'S3Prefix')).join('');
    const steps = analyseScriptInSteps(text, registry);
    let pauses = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(3);
    const whole = analyseScript(text, registry);
    expect(diagnoseScript(next.value)).toEqual(diagnoseScript(whole));
    expect(diagnoseScript(whole).map((d) => [d.code, text.slice(d.offset, d.offset + d.length)])).toEqual([['INVALID_ENUM', 'S3Prefx']]);
  });

  it('reuses the analyses of unchanged values from the previous version, and only those', () => {
    const before = command(0, 'S3Prefix') + command(1, 'S3Prefix');
    const after = `# a new first line\n${command(0, 'S3Prefix')}${command(1, 'S3Prefx')}`;
    const previous = analyseScript(before, registry);
    const next = runSteps(analyseScriptInSteps(after, registry, previous));
    const analysisOf = (analysis: typeof next, word: string) => analysis.values.find((v) => v.word.text === word)?.analysis;
    const unchanged = "DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/0}},TargetAttributeName=y";
    expect(analysisOf(next, unchanged)).toBe(analysisOf(previous, unchanged));
    expect(analysisOf(next, 'Key=a,Value=1')).toBe(analysisOf(previous, 'Key=a,Value=1'));
    const changed = "DataSource={S3DataSource={S3DataType=S3Prefx,S3Uri=s3://b/1}},TargetAttributeName=y";
    expect(analysisOf(next, changed)).toBeDefined();
    expect(analysisOf(next, changed)).not.toBe(analysisOf(previous, changed.replace('S3Prefx', 'S3Prefix')));
    // The result is the fresh analysis's, offsets in the new text included.
    expect(diagnoseScript(next)).toEqual(diagnoseScript(analyseScript(after, registry)));
    expect(diagnoseScript(next).map((d) => after.slice(d.offset, d.offset + d.length))).toEqual(['S3Prefx']);
  });
});
