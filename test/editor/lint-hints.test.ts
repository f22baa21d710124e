/**
 * The hint rules on scripts: a comma that made a list (with its fix, applied to the script and
 * read back), JSON read as shorthand and the reverse, JSON syntax errors at Python's position,
 * and why the AWS CLI reads a value as JSON or shorthand.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyseScript, hoverScript } from '../../src/editor/script.js';
import type { ModelLookup } from '../../src/editor/script.js';
import { hintFindings, quoteFixFor } from '../../src/editor/lint/hints.js';
import { explainFindings } from '../../src/editor/lint/explain.js';
import { analyse } from '../../src/editor/analysis.js';
import { commaListHints, explainReading, readingHints } from '../../src/editor/value-reading.js';
import { parseJsonTree } from '../../src/editor/json-tree.js';
import { bundledRegistry } from '../../src/model/index.js';
import { itWith, pythonAwsCli } from '../helpers/live.js';
import { applyEdits, sagemaker, slice } from './helpers.js';

const registry: ModelLookup = bundledRegistry();
const JOB = 'aws sagemaker create-auto-ml-job --auto-ml-job-name j --role-arn arn:aws:iam::123456789012:role/R --output-data-config S3OutputPath=s3://b/o';
const TAGS = 'aws sagemaker add-tags --resource-arn arn:aws:sagemaker:us-east-1:123456789012:x/y --tags';
const CONTEXT = { dialect: 'v1', upgrade: false } as const;

function hints(script: string): Array<[string, string, string]> {
  return hintFindings(analyseScript(script, registry), CONTEXT).map((f) => [f.rule, slice(script, f), f.message]);
}

/** The script after the first finding's fix, and what the value word reads as afterwards. */
function fixed(script: string): string {
  const finding = hintFindings(analyseScript(script, registry), CONTEXT)[0];
  if (finding?.fix === undefined) throw new Error('no fix');
  return applyEdits(script, finding.fix.edits);
}

describe('hint-comma-list', () => {
  it('says the comma made a list where a string is wanted, on the list', () => {
    const script = `${JOB} --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y,z'`;
    expect(hints(script)).toEqual([
      [
        'hint-comma-list',
        'y,z',
        "--input-data-config: [0].TargetAttributeName: the unquoted comma makes a list ['y', 'z'] where a string is wanted; write `y\\,z` or quote it (`\"y,z\"`) to keep the comma in the value.",
      ],
    ]);
  });

  it.each([
    ["'TargetAttributeName=y,z,w'", "'TargetAttributeName=y\\,z\\,w'"],
    ['"TargetAttributeName=y,z"', '"TargetAttributeName=y\\\\,z"'],
    ['TargetAttributeName=y,z', 'TargetAttributeName=y\\\\,z'],
    ['TargetAttributeName=y\\,z', 'TargetAttributeName=y\\\\,z'],
  ])('escapes the comma for the quoting of %s', (word, after) => {
    const script = `${JOB} --input-data-config ${word}`;
    const result = fixed(script);
    expect(result).toBe(`${JOB} --input-data-config ${after}`);
    // Read back: the value is now one string with the comma.
    const again = analyseScript(result, registry);
    expect(hintFindings(again, CONTEXT)).toEqual([]);
    const value = again.values.find((v) => v.option.name === 'input-data-config');
    expect(value?.analysis.model?.value).toEqual([{ TargetAttributeName: word.includes('w') ? 'y,z,w' : 'y,z' }]);
  });

  it('names what the model wants there (an enum)', () => {
    const script = `${JOB} --input-data-config 'TargetAttributeName=t,ChannelType=training,validation'`;
    expect(hints(script).map(([rule, text, message]) => [rule, text, message.includes("where an enum is wanted")])).toEqual([['hint-comma-list', 'training,validation', true]]);
  });

  it('offers quoting as the alternative fix', () => {
    const script = `${JOB} --input-data-config 'TargetAttributeName=y,z'`;
    const analysis = analyseScript(script, registry);
    const finding = hintFindings(analysis, CONTEXT)[0];
    const quoted = finding === undefined ? undefined : quoteFixFor(finding, analysis);
    expect(quoted?.title).toBe('Quote the value');
    const result = applyEdits(script, quoted?.edits ?? []);
    expect(result).toBe(`${JOB} --input-data-config 'TargetAttributeName="y,z"'`);
    expect(analyseScript(result, registry).values.find((v) => v.option.name === 'input-data-config')?.analysis.model?.value).toEqual([{ TargetAttributeName: 'y,z' }]);
  });

  it('is silent where the model wants a list', () => {
    const script = `aws sagemaker create-model --model-name m --execution-role-arn arn:aws:iam::123456789012:role/R --vpc-config SecurityGroupIds=sg-1,sg-2,Subnets=s-1`;
    expect(hints(script)).toEqual([]);
    const value = analyseScript(script, registry).values.find((v) => v.option.name === 'vpc-config');
    expect(value?.analysis.model?.value).toEqual({ SecurityGroupIds: ['sg-1', 'sg-2'], Subnets: ['s-1'] });
  });

  it('works on a shape alone, for parse --shape', () => {
    const [hint] = commaListHints(analyse('TargetAttributeName=y,z', sagemaker('AutoMLChannel')));
    expect(hint).toMatchObject({ offset: 20, length: 3, path: 'TargetAttributeName', items: ['y', 'z'], wanted: 'string', escape: [{ offset: 21, length: 1, newText: '\\,' }] });
  });
});

describe('JSON or shorthand', () => {
  it('warns when a later word of a list is JSON but the first is shorthand', () => {
    const script = `${TAGS} Key=a,Value=b '{"Key": "c", "Value": "d"}'`;
    expect(hints(script).map(([rule, text]) => [rule, text])).toEqual([['hint-json-as-shorthand', '{"Key": "c", "Value": "d"}']]);
  });

  it('warns when JSON hides behind a quote the shell kept', () => {
    const script = `${TAGS} "'[{\\"Key\\": \\"c\\"}]'"`;
    const [finding] = hints(script);
    expect(finding?.[0]).toBe('hint-json-as-shorthand');
    expect(finding?.[1]).toBe(`[{\\"Key\\": \\"c\\"}]'`);
    // The fix drops the quotes the shell passed on: the value is then read as JSON.
    const after = fixed(script);
    expect(after).toBe(`${TAGS} "[{\\"Key\\": \\"c\\"}]"`);
    const resolved = analyseScript(after, registry).commands[0];
    const option = resolved?.options.get('tags');
    const word = resolved?.command.arguments.find((argument) => argument.name === 'tags')?.values[0];
    expect(word?.text).toBe('[{"Key": "c"}]');
    expect(option && word && explainReading(option, { texts: [word.text] }, 0).reading).toBe('json');
  });

  it('takes {Key=a} for shorthand read as JSON, and drops the braces as its fix', () => {
    const script = `${TAGS} '{Key=a,Value=b}'`;
    const [finding] = hintFindings(analyseScript(script, registry), CONTEXT);
    expect([finding?.rule, finding && slice(script, finding)]).toEqual(['hint-shorthand-as-json', '{Key=a,Value=b}']);
    expect(finding?.message).toContain('Expecting property name enclosed in double quotes');
    expect(applyEdits(script, finding?.fix?.edits ?? [])).toBe(script.replace('{Key=a,Value=b}', 'Key=a,Value=b'));
  });

  it("finds a JSON syntax error at Python's position (the core rule json-syntax reports it; no hint repeats it)", () => {
    const script = `${TAGS} '[{"Key": "a" "Value": "b"}]'`;
    const analysis = analyseScript(script, registry);
    expect(hintFindings(analysis, CONTEXT)).toEqual([]);
    const option = analysis.commands[0]?.options.get('tags');
    if (option === undefined) throw new Error('no --tags');
    const [hint] = readingHints(option, { texts: ['[{"Key": "a" "Value": "b"}]'] }, 0);
    expect(hint).toMatchObject({ kind: 'json-syntax', offset: 13, length: 1, message: "--tags: Invalid JSON: Expecting ',' delimiter: line 1 column 14 (char 13)" });
  });

  it('explains the reading of each form', () => {
    const filters = analyseScript(`${TAGS} x`, registry).commands[0]?.options.get('tags');
    if (filters === undefined) throw new Error('no --tags');
    expect(explainReading(filters, { texts: [' [{"Name":"a"}]'] }, 0).reading).toBe('json');
    expect(explainReading(filters, { texts: ['Name=a'] }, 0).reading).toBe('shorthand');
    expect(explainReading(filters, { texts: ['"{"'] }, 0).reading).toBe('shorthand');
    expect(explainReading(filters, { texts: ['file://f.json'] }, 0).reading).toBe('file');
    expect(explainReading(filters, { texts: ['https://x/f.json'] }, 0, 'v2').reading).toBe('shorthand');
    expect(explainReading(filters, { texts: ['_'], startsWithExpansion: [true] }, 0).reading).toBe('run-time');
    expect(explainReading(filters, { texts: ['{"Name":"a"}', 'Name=b'] }, 1).reason).toContain("the first word's first non-blank character is `{`");
  });
});

describe('hover: why JSON or shorthand', () => {
  it('says a value starting with [ is read as JSON, and why', () => {
    const script = `${TAGS} '[{"Key": "a", "Value": "b"}]'`;
    const hover = hoverScript(analyseScript(script, registry), script.indexOf('"Key"'));
    expect(hover?.contents).toContain("*Read as JSON*: `--tags`: its first non-blank character is `[`, so the AWS CLI reads the value as JSON, not shorthand.");
  });

  it('says a shorthand value is read as shorthand, inside the value too', () => {
    const script = `${TAGS} Key=a,Value=b`;
    const hover = hoverScript(analyseScript(script, registry), script.indexOf('Value=b') + 1);
    expect(hover?.contents).toMatch(/^`--tags` › \*\*Tags\[0\]\.Value\*\*/);
    expect(hover?.contents).toContain('*Read as shorthand*: `--tags` is a list<structure>, which takes shorthand, and its first non-blank character is `K`, not `{` or `[`: the AWS CLI reads it as shorthand.');
  });

  it('says a scalar is read as it is', () => {
    const script = `${JOB} --input-data-config TargetAttributeName=y`;
    const hover = hoverScript(analyseScript(script, registry), script.indexOf(' j ') + 1);
    expect(hover?.contents).toContain('*Read as it is*: `--auto-ml-job-name` is a string: the word is the value as it is, never JSON or shorthand.');
  });
});

describe('parseJsonTree', () => {
  // Python's json.loads is the oracle: the same verdict, message and position.
  const cases = ['{a=1}', '{"a":1,}', '[1,]', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"a\\qb"', '"a\\u12G4"', '{"a":[1,2}', '', '[1] x', '{"a":"\t"}', '-', '{', '[\n 1\n 2]', '"\\u12"', '{"😀": x}', 'NaN', '[-Infinity, 1e5, -0.5]'];
  itWith(pythonAwsCli())('agrees with python3 json.loads on verdicts, messages and positions', () => {
    const python = spawnSync('python3', ['-c', 'import json,sys\nout=[]\nfor c in json.loads(sys.stdin.read()):\n  try:\n    json.loads(c); out.append("ok")\n  except ValueError as e: out.append(str(e))\nprint(json.dumps(out))'], {
      input: JSON.stringify(cases),
      encoding: 'utf8',
    });
    expect(python.status).toBe(0);
    const ours = cases.map((text) => {
      const result = parseJsonTree(text);
      return result.ok ? 'ok' : result.error.message;
    });
    expect(ours).toEqual(JSON.parse(python.stdout));
  });
});

describe('parse --shape: the comma hint under the validation report', () => {
  it('explains the list and offers \\, or quotes', async () => {
    const { runCliCaptured } = await import('../helpers/run-cli.js');
    const result = await runCliCaptured(['parse', '--shape', 'sagemaker.AutoMLChannel', 'TargetAttributeName=y,z']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.split('\n')).toContain(
      "hint: TargetAttributeName: the unquoted comma makes a list ['y', 'z'] where a string is wanted; write `y\\,z` or quote it (`\"y,z\"`) to keep the comma in the value.",
    );
    const escaped = await runCliCaptured(['parse', '--shape', 'sagemaker.AutoMLChannel', 'TargetAttributeName=y\\,z']);
    expect(JSON.parse(escaped.stdout)).toEqual({ TargetAttributeName: 'y,z' });
  });
});

describe('explainFindings (check --explain)', () => {
  it('notes how each JSON-or-shorthand value is read, on its word', () => {
    const script = [`${TAGS} Key=a,Value=b '{"Key": "c"}'`, `${JOB} --input-data-config '[{"TargetAttributeName": "y"}]'`, `${JOB} --input-data-config "$CHANNELS"`].join('\n');
    const notes = explainFindings(analyseScript(script, registry), CONTEXT).map((f) => [f.command, slice(script, f), f.severity, f.message.split(':')[0]]);
    expect(notes).toEqual([
      [0, 'Key=a,Value=b', 'info', 'read as shorthand'],
      [0, `'{"Key": "c"}'`, 'info', 'read as shorthand'],
      [1, 'S3OutputPath=s3://b/o', 'info', 'read as shorthand'],
      [1, `'[{"TargetAttributeName": "y"}]'`, 'info', 'read as JSON'],
      [2, 'S3OutputPath=s3://b/o', 'info', 'read as shorthand'],
      [2, '"$CHANNELS"', 'info', 'read at run time'],
    ]);
  });
});
