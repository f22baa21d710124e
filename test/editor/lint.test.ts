/**
 * `lintScript`: the core rules on real scripts (continuations, quotes, `$(…)`, assignments and
 * `sudo` before `aws`), each finding on its command; inline suppressions; and `applyFixes`.
 */
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../../src/editor/script.js';
import { CORE_RULES } from '../../src/editor/lint/core.js';
import { ALL_RULES, applyFixes, lintScript, suppressionDirectives } from '../../src/editor/lint/index.js';
import type { Finding, LintContext } from '../../src/editor/lint/finding.js';
import { bundledRegistry } from '../../src/model/index.js';
import { slice } from './helpers.js';

const models = bundledRegistry();
const V1: LintContext = { dialect: 'v1', upgrade: false };
const JOB = 'aws sagemaker create-auto-ml-job';
const REQUIRED = "--auto-ml-job-name j --role-arn arn:aws:iam::123456789012:role/R --output-data-config S3OutputPath=s3://b/o --input-data-config 'TargetAttributeName=y'";

/** `[rule, severity, source text]` of each finding of `script`. */
function found(script: string, context: LintContext = V1): Array<[string, string, string]> {
  return lintScript(script, models, context).map((f) => [f.rule, f.severity, slice(script, f)]);
}

/** Every finding of `script` must lie within the command it names (`command` indexes the analysis). */
function expectOnTheirCommands(script: string, findings: readonly Finding[]): void {
  const { commands } = analyseScript(script, models);
  for (const finding of findings) {
    if (finding.rule === 'shell-syntax') continue;
    expect(finding.command, `${finding.rule} has a command`).toBeDefined();
    const { command } = (commands[finding.command as number] as (typeof commands)[number]).command;
    expect(finding.offset).toBeGreaterThanOrEqual(command.offset);
    expect(finding.offset + finding.length).toBeLessThanOrEqual(command.offset + command.length);
  }
}

describe('core rules', () => {
  it('finds nothing in a valid command', () => {
    expect(found(`${JOB} ${REQUIRED}\n`)).toEqual([]);
  });

  it('reports each kind of problem under its rule, on the words at fault', () => {
    const script = [
      '#!/bin/bash',
      `${JOB} --auto-ml-job-name j \\`,
      '  --role-arn arn:aws:iam::123456789012:role/R \\',
      '  --output-data-config S3OutputPath=s3://b/o \\',
      `  --input-data-config 'TargetAttributeName=y' --problem-type regresion \\`,
      "  --tags 'Key=a,Valu=b' \"Key=c,Value=b}\"",
      'ARNS=$(aws sagemaker list-models --max-results abc --bogus x)',
      'sudo aws sagemkaer list-models',
      'AWS_PROFILE=dev aws sagemaker list-modls',
      `aws sagemaker create-model --model-name m --execution-role-arn arn:aws:iam::123456789012:role/R --primary-container '{"Image": "x", "Environment": {"A": 1}}' --tags '[{"Key": "a"}'`,
      'aws sagemaker describe-model extra --model-name',
      'aws sagemaker list-models --sort-by',
    ].join('\n');
    const findings = lintScript(script, models, V1);
    expect(findings.map((f) => [f.rule, f.severity, slice(script, f)])).toEqual([
      ['invalid-enum', 'warning', 'regresion'],
      ['missing-required-key', 'error', 'Key=a,Valu=b'],
      ['unknown-key', 'error', 'Valu'],
      ['shorthand-syntax', 'error', '}'],
      ['invalid-value', 'error', 'abc'],
      ['unknown-option', 'warning', '--bogus'],
      ['unknown-service', 'error', 'sagemkaer'],
      ['unknown-operation', 'error', 'list-modls'],
      ['invalid-type', 'error', `'{"Image": "x", "Environment": {"A": 1}}'`],
      ['json-syntax', 'error', "}"],
      ['unexpected-argument', 'error', 'extra'],
      ['missing-option-value', 'error', '--model-name'],
      ['missing-option-value', 'error', '--sort-by'],
    ]);
    expect(findings.find((f) => f.rule === 'invalid-type')?.message).toBe(
      "--primary-container: Invalid type for parameter PrimaryContainer.Environment.A, value: 1, type: <class 'int'>, valid types: <class 'str'>",
    );
    expect(findings.find((f) => f.rule === 'unknown-service')?.message).toBe("Unknown service 'sagemkaer'; did you mean 'sagemaker'?");
    expectOnTheirCommands(script, findings);
    // The commands are numbered as the analysis finds them: the one inside `$(…)` is the second.
    expect(findings.find((f) => f.rule === 'invalid-value')?.command).toBe(1);
  });

  it('gives every finding a rule that CORE_RULES describes', () => {
    const ids = new Set(CORE_RULES.map((rule) => rule.id));
    const script = `${JOB} --tags 'Key=a,Valu=b' --problem-type x\naws ec2 describe-instances\necho 'open\n`;
    for (const finding of lintScript(script, models, { ...V1, fileExists: () => false })) expect(ids.has(finding.rule), finding.rule).toBe(true);
    expect(new Set(ALL_RULES.map((rule) => rule.id)).size).toBe(ALL_RULES.length);
    for (const rule of CORE_RULES) expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('says once per script that a service without a model is not checked', () => {
    const script = 'aws ec2 describe-instances\naws ec2 describe-vpcs\naws s3api list-buckets\n';
    expect(found(script)).toEqual([
      ['unchecked-service', 'info', 'ec2'],
      ['unchecked-service', 'info', 's3api'],
    ]);
    expect(lintScript(script, models, V1, { severity: 'warning' })).toEqual([]);
  });

  it('reports file:// paths that do not exist, except where the AWS CLI does not load files', () => {
    const script = [
      'aws sagemaker create-model --model-name m --execution-role-arn arn:aws:iam::123456789012:role/R --primary-container file://container.json --vpc-config "file://missing.json"',
      'aws sagemaker create-notebook-instance --notebook-instance-name n --instance-type ml.t2.medium --role-arn arn:aws:iam::123456789012:role/R --default-code-repository file://not-loaded',
      'aws sagemaker list-models --cli-input-json fileb://$DIR/x.json',
    ].join('\n');
    const asked: string[] = [];
    const context: LintContext = { ...V1, fileExists: (path) => (asked.push(path), path === 'container.json') };
    const findings = lintScript(script, models, context).filter((f) => f.rule === 'missing-file');
    expect(findings.map((f) => [f.severity, slice(script, f), f.message, f.command])).toEqual([
      ['warning', '"file://missing.json"', '--vpc-config: no file missing.json (relative to the script)', 0],
    ]);
    // Exempt options and words the shell computes are never looked up.
    expect(asked.sort()).toEqual(['container.json', 'missing.json']);
    // Without a way to see files, the rule does not run.
    expect(lintScript(script, models, V1).filter((f) => f.rule === 'missing-file')).toEqual([]);
  });

  it('follows the dialect: a command v1 has and v2 removed', () => {
    const script = 'aws ecr get-login --no-include-email --bogus\n';
    expect(found(script, { dialect: 'v1', upgrade: false })).toEqual([['unknown-option', 'warning', '--bogus']]);
    expect(found(script, { dialect: 'v2', upgrade: false })).toEqual([['unchecked-service', 'info', 'ecr']]);
  });

  it('attaches a fix when one name is meant, and only then', () => {
    const script = `aws sagemaker list-models --sort-by Nmae --sort-order Ascendin --max-result 3\n`;
    const findings = lintScript(script, models, V1);
    expect(findings.map((f) => [f.rule, slice(script, f), f.fix?.edits])).toEqual([
      ['invalid-enum', 'Nmae', [{ offset: 36, length: 4, newText: 'Name' }]],
      // Two values are as close (Ascending, Descending): no fix guesses between them.
      ['invalid-enum', 'Ascendin', undefined],
      ['unknown-option', '--max-result', [{ offset: 63, length: 12, newText: '--max-results' }]],
    ]);
    expect(applyFixes(script, findings).text).toBe('aws sagemaker list-models --sort-by Name --sort-order Ascendin --max-results 3\n');
  });
});

describe('suppressions', () => {
  const bad = 'aws sagemaker list-models --max-results abc --bogus 1';

  it('reads directives per line', () => {
    expect(suppressionDirectives('x\n# aws-shorthand disable=a,b\ny # aws-shorthand disable=all\n')).toEqual(
      new Map([
        [1, new Set(['a', 'b'])],
        [2, new Set(['all'])],
      ]),
    );
    // A `#` inside a word is not a comment.
    expect(suppressionDirectives('echo a#aws-shorthand disable=x\n').size).toBe(0);
  });

  it('disables rules on the next command, or on the command whose line it ends', () => {
    expect(found(`${bad}\n`).map(([rule]) => rule)).toEqual(['invalid-value', 'unknown-option']);
    expect(found(`# aws-shorthand disable=unknown-option\n${bad}\n`).map(([rule]) => rule)).toEqual(['invalid-value']);
    expect(found(`${bad} # aws-shorthand disable=invalid-value,unknown-option\n`)).toEqual([]);
    expect(found(`# aws-shorthand disable=all\n${bad}\n${bad}\n`).map(([rule]) => rule)).toEqual(['invalid-value', 'unknown-option']);
  });

  it('covers every line of a continued command', () => {
    const script = `# aws-shorthand disable=invalid-value\naws sagemaker list-models \\\n  --max-results abc\n`;
    expect(found(script)).toEqual([]);
    expect(found(`aws sagemaker list-models \\\n  --max-results abc # aws-shorthand disable=invalid-value\n`)).toEqual([]);
  });

  it('reaches a command inside $(…) on the same line', () => {
    expect(found(`# aws-shorthand disable=invalid-value\nX=$(aws sagemaker list-models --max-results abc)\n`)).toEqual([]);
  });
});

describe('applyFixes', () => {
  const finding = (offset: number, length: number, newText: string, at = offset): Finding => ({
    rule: 'r',
    severity: 'error',
    message: 'm',
    offset: at,
    length: 1,
    fix: { title: 't', edits: [{ offset, length, newText }] },
  });

  it('applies non-overlapping edits in one pass, in any order of the findings', () => {
    const result = applyFixes('aws x y z', [finding(8, 1, 'Z'), finding(4, 1, 'X')]);
    expect(result.text).toBe('aws X y Z');
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toEqual([]);
  });

  it('drops a later fix that overlaps an applied one, and a second insertion at one offset', () => {
    const first = finding(4, 3, 'abc');
    const overlapping = finding(6, 2, '??');
    const insertion = finding(8, 0, '+');
    const sameInsertion = finding(8, 0, '-', 9);
    const result = applyFixes('aws xyz w', [overlapping, first, insertion, sameInsertion]);
    expect(result.text).toBe('aws abc +w');
    expect(result.applied).toEqual([first, insertion]);
    expect(result.skipped).toEqual([overlapping, sameInsertion]);
  });

  it('keeps the edits of one fix together: all or none', () => {
    const two: Finding = { ...finding(4, 0, ''), fix: { title: 'quote', edits: [{ offset: 4, length: 0, newText: "'" }, { offset: 5, length: 0, newText: "'" }] } };
    const blocked = applyFixes('aws x', [finding(3, 2, ' y'), two]);
    expect(blocked.text).toBe('aws y');
    expect(blocked.skipped).toEqual([two]);
    expect(applyFixes('aws x', [two]).text).toBe("aws 'x'");
  });

  it('leaves a fix reaching past the text alone', () => {
    expect(applyFixes('aws', [finding(2, 5, 'x')])).toMatchObject({ text: 'aws', applied: [] });
  });
});
