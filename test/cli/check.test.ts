/**
 * `aws-shorthand check` through the built binary (`dist/cli/main.js`, after `npm run build`): the
 * four output formats (each finding's line and column checked against the command it is on),
 * SARIF validated against the SARIF 2.1.0 schema, exit statuses, stdin, directories,
 * unreadable files, `--fix` and `--diff`. The diffs are applied by a patch reader written here,
 * independent of the one that writes them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/check/diff.js';
import { tempDir } from '../helpers/temp-tree.js';
import { cleanEnv } from './run-helpers.js';

const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const SARIF_SCHEMA = fileURLToPath(new URL('../fixtures/sarif-2.1.0.json', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `aws-shorthand check ARGS` in `cwd` with `stdin`. */
function check(args: readonly string[], options: { cwd?: string; stdin?: string } = {}): Run {
  const result = spawnSync(process.execPath, [MAIN, 'check', ...args], { cwd: options.cwd, input: options.stdin ?? '', env: cleanEnv(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A script with one of each common shape of an `aws` command, and a problem in each. */
const SCRIPT = [
  '#!/bin/bash',
  'set -euo pipefail',
  'aws sagemaker create-auto-ml-job --auto-ml-job-name "job-1" \\',
  '  --role-arn arn:aws:iam::123456789012:role/R \\',
  '  --output-data-config S3OutputPath=s3://b/o \\',
  "  --input-data-config 'TargetAttributeName=y' --problem-type regresion",
  'MODELS=$(aws sagemaker list-models --max-results abc --query "Models[].ModelName")',
  'AWS_PROFILE=dev aws sagemaker list-modls',
  'sudo aws sagemkaer list-models',
  `aws sagemaker describe-model --model-name "m" --bogus 1 # aws-shorthand disable=unknown-option`,
  "aws sagemaker create-model --model-name m --execution-role-arn arn:aws:iam::123456789012:role/R --vpc-config file://vpc.json",
  '',
].join('\n');

/** `[line, column, rule]` of each finding the script above has, 1-based. */
const EXPECTED: ReadonlyArray<readonly [number, number, string, string]> = [
  [6, 62, 'warning', 'invalid-enum'],
  [7, 50, 'error', 'invalid-value'],
  [8, 31, 'error', 'unknown-operation'],
  [9, 10, 'error', 'unknown-service'],
  [11, 110, 'warning', 'missing-file'],
];

/** The offset of a 1-based line and column in `text` (columns in UTF-16 code units). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The ranges of the lines holding each `aws` command of SCRIPT (continuations joined). */
function commandLines(text: string): Array<{ first: number; last: number }> {
  const lines = text.split('\n');
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/\baws /.test(lines[i] as string)) continue;
    let last = i;
    while ((lines[last] as string).endsWith('\\')) last++;
    out.push({ first: i + 1, last: last + 1 });
    i = last;
  }
  return out;
}

/** A directory holding SCRIPT as `deploy.sh`. */
function project(): string {
  const dir = tempDir('aws-shorthand-check-');
  writeFileSync(join(dir, 'deploy.sh'), SCRIPT);
  return dir;
}

describe('check: output formats', () => {
  it('text: file:line:col: severity: message [rule], as ShellCheck prints', () => {
    const result = check(['deploy.sh'], { cwd: project() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => /^deploy\.sh:(\d+):(\d+): (\w+): .* \[([a-z-]+)\]$/.exec(line)?.slice(1))).toEqual(
      EXPECTED.map(([line, column, severity, rule]) => [String(line), String(column), severity, rule]),
    );
    expect(lines[1]).toBe("deploy.sh:7:50: error: --max-results: invalid literal for int() with base 10: 'abc' [invalid-value]");
  });

  it('json: every finding with its range, on the lines of its command, at the word at fault', () => {
    const result = check(['--format', 'json', 'deploy.sh'], { cwd: project() });
    expect(result.code).toBe(1);
    const { findings } = JSON.parse(result.stdout) as { findings: Array<Record<string, unknown>> };
    expect(findings.map((f) => [f['line'], f['column'], f['severity'], f['rule']])).toEqual(EXPECTED.map((row) => [...row]));
    const commands = commandLines(SCRIPT);
    for (const finding of findings) {
      expect(finding['file']).toBe('deploy.sh');
      const line = finding['line'] as number;
      expect(commands.some((command) => command.first <= line && (finding['endLine'] as number) <= command.last), JSON.stringify(finding)).toBe(true);
    }
    const at = (finding: Record<string, unknown>): string =>
      SCRIPT.slice(offsetOf(SCRIPT, finding['line'] as number, finding['column'] as number), offsetOf(SCRIPT, finding['endLine'] as number, finding['endColumn'] as number));
    expect(findings.map(at)).toEqual(['regresion', 'abc', 'list-modls', 'sagemkaer', 'file://vpc.json']);
    // A finding with a fix carries it, located like the finding.
    expect(findings[0]?.['fix']).toEqual({ title: "Replace with 'Regression'", edits: [{ offset: 248, length: 9, line: 6, column: 62, endLine: 6, endColumn: 71, newText: 'Regression' }] });
    expect(offsetOf(SCRIPT, 6, 62)).toBe(248);
  });

  it('sarif: a SARIF 2.1.0 log valid against the schema, with the rules table and the same regions', () => {
    const dir = project();
    const result = check(['--format', 'sarif', 'deploy.sh'], { cwd: dir });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: Array<Record<string, any>> }>;
    };
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    if (run === undefined) throw new Error('no run');
    const listed = JSON.parse(check(['--list-rules', '--format', 'json']).stdout) as { rules: Array<{ id: string }> };
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(listed.rules.map((rule) => rule.id));
    expect(run.results.map((r) => [r['locations'][0].physicalLocation.region.startLine, r['locations'][0].physicalLocation.region.startColumn, r['ruleId']])).toEqual(
      EXPECTED.map(([line, column, , rule]) => [line, column, rule]),
    );
    for (const r of run.results) {
      expect(run.tool.driver.rules[r['ruleIndex'] as number]?.id).toBe(r['ruleId']);
      expect(r['locations'][0].physicalLocation.artifactLocation.uri).toBe('deploy.sh');
    }
    expect(run.results.map((r) => r['level'])).toEqual(['warning', 'error', 'error', 'error', 'warning']);
    writeFileSync(join(dir, 'out.sarif'), result.stdout);
    expect(validateSarif(join(dir, 'out.sarif'))).toBe('valid');
  });

  it('github: one workflow command per finding, with its range and rule as the title', () => {
    const result = check(['--format', 'github', 'deploy.sh'], { cwd: project() });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(EXPECTED.length);
    expect(lines[1]).toBe("::error file=deploy.sh,line=7,col=50,endLine=7,endColumn=53,title=invalid-value::--max-results: invalid literal for int() with base 10: 'abc'");
    expect(lines[0]).toMatch(/^::warning file=deploy\.sh,line=6,col=62,endLine=6,endColumn=71,title=invalid-enum::/);
  });

  it('--list-rules names every rule with its family and severity', () => {
    const result = check(['--list-rules']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^unknown-option +core +warning +The operation takes no option of that name\.$/m);
    expect(result.stdout).toMatch(/^missing-file +core +warning /m);
  });
});

/**
 * Validate a SARIF file against the SARIF 2.1.0 JSON schema (test/fixtures/sarif-2.1.0.json, as
 * published in microsoft/sarif-sdk, MIT) with Python's `jsonschema` (Debian's
 * python3-jsonschema, which .ci/run installs). No validator is a failure, not a skip.
 */
function validateSarif(path: string): string {
  const program = [
    'import json, sys, jsonschema',
    'schema = json.load(open(sys.argv[1]))',
    'errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)',
    "print('valid' if not errors else '\\n'.join(f'{list(e.path)}: {e.message}' for e in errors[:5]))",
  ].join('\n');
  for (const python of ['/usr/bin/python3', 'python3']) {
    const result = spawnSync(python, ['-c', program, SARIF_SCHEMA, path], { encoding: 'utf8' });
    if (result.status === 0) return result.stdout.trim();
  }
  throw new Error('no python3 with jsonschema to validate SARIF (apt-get install python3-jsonschema)');
}

describe('check: exit statuses and inputs', () => {
  it('exits 0 without findings at or above --severity, 1 with', () => {
    const dir = tempDir('aws-shorthand-check-');
    writeFileSync(join(dir, 'ok.sh'), 'aws sagemaker list-models --max-results 5\n');
    writeFileSync(join(dir, 'warn.sh'), 'aws sagemaker list-models --sort-by Nmae\n');
    writeFileSync(join(dir, 'info.sh'), 'aws ec2 describe-instances\n');
    expect(check(['ok.sh'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(check(['warn.sh'], { cwd: dir }).code).toBe(1);
    expect(check(['--severity', 'error', 'warn.sh'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(check(['info.sh'], { cwd: dir }).code).toBe(0);
    const info = check(['--severity', 'info', 'info.sh', 'ok.sh'], { cwd: dir });
    expect(info.code).toBe(1);
    expect(info.stdout).toBe("info.sh:1:5: info: No model for service 'ec2' is loaded: its commands are not checked [unchecked-service]\n");
  });

  it('exits 2 on usage errors', () => {
    for (const args of [['--format', 'xml', 'a.sh'], ['--severity', 'fatal', 'a.sh'], ['--dialect', 'v3', 'a.sh'], [], ['--fix', '--diff', 'a.sh'], ['--fix', '-'], ['--nope', 'a.sh']]) {
      const result = check(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^aws-shorthand check: .*\nusage: aws-shorthand check/);
    }
  });

  it('exits 2 on an unreadable file, after reporting the readable ones', () => {
    const dir = project();
    writeFileSync(join(dir, 'locked.sh'), 'aws sagemaker list-models\n');
    chmodSync(join(dir, 'locked.sh'), 0o000);
    const result = check(['missing.sh', 'deploy.sh'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("aws-shorthand check: cannot read missing.sh: [Errno 2] No such file or directory: 'missing.sh'\n");
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(EXPECTED.length);
    // Root reads any file whatever its mode: the permission case only holds for other users.
    if (process.getuid?.() !== 0) expect(check(['locked.sh'], { cwd: dir }).code).toBe(2);
  });

  it('reads a script from stdin as -', () => {
    const result = check(['-'], { stdin: 'aws sagemaker list-models --max-results abc\n' });
    expect(result).toEqual({ code: 1, stdout: "-:1:41: error: --max-results: invalid literal for int() with base 10: 'abc' [invalid-value]\n", stderr: '' });
  });

  it('walks a directory for shell scripts, by extension or #! line, skipping hidden ones', () => {
    const dir = tempDir('aws-shorthand-check-');
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, '.git'));
    const bad = 'aws sagemaker list-models --max-results abc\n';
    writeFileSync(join(dir, 'a.sh'), bad);
    writeFileSync(join(dir, 'bin', 'deploy'), `#!/usr/bin/env bash\n${bad}`);
    writeFileSync(join(dir, 'bin', 'notes'), bad);
    writeFileSync(join(dir, 'readme.md'), bad);
    writeFileSync(join(dir, '.git', 'hook.sh'), bad);
    const result = check(['.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean).map((line) => line.split(':').slice(0, 2).join(':'))).toEqual(['./a.sh:1', './bin/deploy:2']);
  });

  it('reports the file:// paths missing relative to the script, not to the working directory', () => {
    const dir = tempDir('aws-shorthand-check-');
    mkdirSync(join(dir, 'ops'));
    writeFileSync(join(dir, 'ops', 'vpc.json'), '{}');
    writeFileSync(join(dir, 'ops', 'run.sh'), 'aws sagemaker create-model --model-name m --execution-role-arn arn:aws:iam::123456789012:role/R --vpc-config file://vpc.json --primary-container file://c.json\n');
    const result = check(['--format', 'json', 'ops/run.sh'], { cwd: dir });
    const { findings } = JSON.parse(result.stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['missing-file', '--primary-container: no file c.json (relative to the script)']]);
  });
});

describe('check --explain', () => {
  const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:x/y';
  const NOTES = [
    '#!/bin/bash',
    `aws sagemaker add-tags --resource-arn ${ARN} --tags '[{"Key":"a","Value":"b"}]'`,
    `aws sagemaker add-tags --resource-arn ${ARN} --tags Key=a,Value=b Key=c,Value=d`,
    'aws sagemaker list-models --max-results abc',
    '',
  ].join('\n');
  /** `[line, column, rule, message]` of each text-format line. */
  const parsed = (stdout: string): string[][] =>
    stdout.trimEnd().split('\n').map((line) => /^-:(\d+):(\d+): \w+: (.*) \[([a-z-]+)\]$/.exec(line)?.slice(1) ?? [line]).map(([line, column, message, rule]) => [line, column, rule, message] as string[]);

  it('text: a note on each value word saying how the AWS CLI reads it, in script order, beside the findings', () => {
    const result = check(['--explain', '-'], { stdin: NOTES });
    expect(result.stderr).toBe('');
    const lines = parsed(result.stdout);
    expect(lines.map(([line, column, rule]) => [line, column, rule])).toEqual([
      ['2', String((NOTES.split('\n')[1] as string).indexOf("'[") + 1), 'explain-reading'],
      ['3', String((NOTES.split('\n')[2] as string).indexOf('Key=a') + 1), 'explain-reading'],
      ['3', String((NOTES.split('\n')[2] as string).indexOf('Key=c') + 1), 'explain-reading'],
      ['4', '41', 'invalid-value'],
    ]);
    expect(lines[0]?.[3]).toMatch(/^read as JSON: `--tags`: .*`\[`/);
    expect(lines[1]?.[3]).toMatch(/^read as shorthand: `--tags` is a list<structure>/);
    // The error still fails the run; without --explain the notes are not there.
    expect(result.code).toBe(1);
    expect(parsed(check(['-'], { stdin: NOTES }).stdout).map(([, , rule]) => rule)).toEqual(['invalid-value']);
  });

  it('notes bypass --severity and never count for the exit status', () => {
    const clean = NOTES.split('\n').slice(0, 3).join('\n');
    const result = check(['--explain', '--severity', 'error', '-'], { stdin: clean });
    expect(parsed(result.stdout).map(([, , rule]) => rule)).toEqual(['explain-reading', 'explain-reading', 'explain-reading']);
    expect(result.code).toBe(0);
    expect(check(['--explain', '--severity', 'style', '-'], { stdin: clean }).code).toBe(0);
  });

  it('json, sarif and github carry the notes as info findings of rule explain-reading', () => {
    const json = JSON.parse(check(['--explain', '--format', 'json', '-'], { stdin: NOTES }).stdout) as { findings: Array<Record<string, unknown>> };
    const notes = json.findings.filter((f) => f['rule'] === 'explain-reading');
    expect(notes.map((f) => [f['line'], f['severity']])).toEqual([
      [2, 'info'],
      [3, 'info'],
      [3, 'info'],
    ]);
    expect(notes[2]?.['message']).toMatch(/^read as shorthand: /);

    const dir = tempDir('aws-shorthand-check-explain-');
    writeFileSync(join(dir, 'tags.sh'), NOTES);
    const sarif = check(['--explain', '--format', 'sarif', 'tags.sh'], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, any>> }> };
    const run = log.runs[0];
    if (run === undefined) throw new Error('no run');
    const explained = run.results.filter((r) => r['ruleId'] === 'explain-reading');
    expect(explained.map((r) => r['level'])).toEqual(['note', 'note', 'note']);
    for (const r of explained) expect(run.tool.driver.rules[r['ruleIndex'] as number]?.id).toBe('explain-reading');
    writeFileSync(join(dir, 'out.sarif'), sarif.stdout);
    expect(validateSarif(join(dir, 'out.sarif'))).toBe('valid');
    // --list-rules names the notes' rule too, as SARIF's table does.
    expect(check(['--list-rules']).stdout).toMatch(/^explain-reading +hint +info /m);

    const github = check(['--explain', '--format', 'github', '-'], { stdin: NOTES }).stdout.trimEnd().split('\n');
    expect(github.filter((line) => line.includes('title=explain-reading')).map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::notice', '::notice', '::notice']);
  });

  it('is a usage error with --diff (which prints only the rewrites)', () => {
    const result = check(['--explain', '--diff', '-'], { stdin: NOTES });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aws-shorthand check: --explain and --diff cannot be used together\n/);
  });
});

describe('check --fix and --diff', () => {
  const BROKEN = 'aws sagemaker list-models --sort-by Nmae \\\n  --max-result 3\naws sagemaker list-models --max-results abc\n';
  const FIXED = 'aws sagemaker list-models --sort-by Name \\\n  --max-results 3\naws sagemaker list-models --max-results abc\n';

  it('--fix rewrites the file and reports what is left', () => {
    const dir = tempDir('aws-shorthand-check-');
    writeFileSync(join(dir, 'x.sh'), `\uFEFF${BROKEN}`);
    const result = check(['--fix', 'x.sh'], { cwd: dir });
    expect(result.stdout).toBe("x.sh:3:41: error: --max-results: invalid literal for int() with base 10: 'abc' [invalid-value]\n");
    expect(result.code).toBe(1);
    // The byte order mark stays.
    expect(readFileSync(join(dir, 'x.sh'), 'utf8')).toBe(`\uFEFF${FIXED}`);
    // Nothing left to fix: a second run changes nothing.
    expect(check(['--fix', 'x.sh'], { cwd: dir }).code).toBe(1);
    expect(readFileSync(join(dir, 'x.sh'), 'utf8')).toBe(`\uFEFF${FIXED}`);
  });

  it('--diff prints what --fix would write, and changes nothing', () => {
    const dir = tempDir('aws-shorthand-check-');
    writeFileSync(join(dir, 'x.sh'), BROKEN);
    const result = check(['--diff', 'x.sh'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      ['--- a/x.sh', '+++ b/x.sh', '@@ -1,3 +1,3 @@', '-aws sagemaker list-models --sort-by Nmae \\', '-  --max-result 3', '+aws sagemaker list-models --sort-by Name \\', '+  --max-results 3', ' aws sagemaker list-models --max-results abc', ''].join('\n'),
    );
    expect(applyPatch(BROKEN, result.stdout)).toBe(FIXED);
    expect(readFileSync(join(dir, 'x.sh'), 'utf8')).toBe(BROKEN);
    expect(check(['--diff', '-'], { stdin: FIXED })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('unifiedDiff', () => {
  it('turns any text into any other, as a patch reader applies it', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\n', 'aws x\n', '\n', 'end');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (before, after) => {
        const a = before.join('');
        const b = after.join('');
        const diff = unifiedDiff('f', a, b);
        if (a === b) return diff === '';
        return applyPatch(a, diff) === b;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps three lines of context and merges close changes', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}\n`).join('');
    const after = before.replace('l5\n', 'L5\n').replace('l9\n', 'L9\n').replace('l18\n', '');
    expect(unifiedDiff('f', before, after)).toBe(
      ['--- a/f', '+++ b/f', '@@ -3,11 +3,11 @@', ' l2', ' l3', ' l4', '-l5', '+L5', ' l6', ' l7', ' l8', '-l9', '+L9', ' l10', ' l11', ' l12', '@@ -16,5 +16,4 @@', ' l15', ' l16', ' l17', '-l18', ' l19', ''].join('\n'),
    );
  });
});

/**
 * Apply a unified diff to `text` as `patch` would: each hunk's removed and kept lines must be
 * found at its old position, and are replaced by its kept and added lines.
 */
function applyPatch(text: string, diff: string): string {
  const oldLines = text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
  const out: string[] = [];
  let next = 0;
  const lines = diff.split('\n');
  let i = 2;
  while (i < lines.length && lines[i] !== '') {
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i] as string);
    if (header === null) throw new Error(`bad hunk header ${lines[i]}`);
    const count = header[2] === undefined ? 1 : Number(header[2]);
    const start = count === 0 ? Number(header[1]) : Number(header[1]) - 1;
    out.push(...oldLines.slice(next, start));
    next = start;
    i++;
    while (i < lines.length && /^[ +-]/.test(lines[i] as string)) {
      const kind = (lines[i] as string)[0];
      const noNewline = lines[i + 1] === '\\ No newline at end of file';
      const body = `${(lines[i] as string).slice(1)}${noNewline ? '' : '\n'}`;
      if (kind !== '+') {
        if (oldLines[next] !== body) throw new Error(`hunk does not apply at line ${next + 1}: ${JSON.stringify(body)} vs ${JSON.stringify(oldLines[next])}`);
        next++;
      }
      if (kind !== '-') out.push(body);
      i += noNewline ? 2 : 1;
    }
  }
  out.push(...oldLines.slice(next));
  return out.join('');
}
