/**
 * Deep input never overflows the stack (issue 9, point 1). Vitest runs tests in worker threads,
 * whose stacks are larger than Node's default main-thread stack (984 kB), so every probe here
 * runs in a child `node` process on its main thread, against the build (`dist/`, made by
 * `npm test` before the tests) and the built command line.
 *
 * Inputs: 300 unclosed `{a=` levels, `MAX_NESTING_DEPTH` (480) closed levels (legal: must
 * parse), 481 closed levels, 100,000 `[` … `]`, and JSON 5,000 levels deep.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH } from '../../src/grammar/scanner.js';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
/** The editor services' entry (`aws-shorthand/editor`). */
const EDITOR_DIST = fileURLToPath(new URL('../../dist/editor/index.js', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const WIDGETS = fileURLToPath(new URL('../fixtures/models/botocore-widgets.json', import.meta.url));

/** Python's RecursionError text, which the AWS CLI prints bare for JSON nested too deep. */
const JSON_TOO_DEEP = 'maximum recursion depth exceeded while decoding a JSON object from a unicode string';

/** `{a=` nested `depth` levels around `x`, closed. */
const closed = (depth: number): string => `a=${'{a='.repeat(depth)}x${'}'.repeat(depth)}`;
/** JSON objects nested `depth` levels around `1`. */
const deepJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The inputs, as code for the child (it builds them itself rather than take 200 kB of argv). */
const INPUTS = `{
  unclosed300: 'a=' + '{a='.repeat(300),
  closed480: 'a=' + '{a='.repeat(480) + 'x' + '}'.repeat(480),
  closed481: 'a=' + '{a='.repeat(481) + 'x' + '}'.repeat(481),
  brackets100k: 'a=' + '['.repeat(100000) + ']'.repeat(100000),
}`;

type Outcome = { ok: unknown } | { error: string; code?: string; offset?: number };

/**
 * Run `summary(text, lib, shapes)` on each input in a child process's main thread; each
 * outcome is the summary or the error's name, code and offset.
 */
function probe(summary: string): Record<string, Outcome> {
  const script = `
    import { readFileSync } from 'node:fs';
    const lib = { ...(await import(${JSON.stringify(pathToFileURL(DIST).href)})), ...(await import(${JSON.stringify(pathToFileURL(EDITOR_DIST).href)})) };
    const model = lib.modelFromBotocore(JSON.parse(readFileSync(${JSON.stringify(WIDGETS)}, 'utf8')));
    const summary = ${summary};
    const out = {};
    for (const [name, text] of Object.entries(${INPUTS})) {
      try {
        out[name] = { ok: summary(text, lib, model) };
      } catch (error) {
        out[name] = { error: error.name, code: error.code, offset: error.offset };
      }
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as Record<string, Outcome>;
}

/** The JSON of what `body` (an async function body with `lib` in scope) returns, run in a child. */
function run(body: string): unknown {
  const script = `
    const lib = { ...(await import(${JSON.stringify(pathToFileURL(DIST).href)})), ...(await import(${JSON.stringify(pathToFileURL(EDITOR_DIST).href)})) };
    process.stdout.write(JSON.stringify(await (async () => { ${body} })()));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as unknown;
}

/** Run the built command line on its main thread. */
function cli(argv: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [CLI, ...argv], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { PATH: process.env.PATH, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const TOO_DEEP_481 = { error: 'ShorthandError', code: 'NESTING_TOO_DEEP', offset: 2 + 3 * MAX_NESTING_DEPTH };
const TOO_DEEP_BRACKETS = { error: 'ShorthandError', code: 'NESTING_TOO_DEEP', offset: 2 + MAX_NESTING_DEPTH };

describe('deep shorthand on the main thread', () => {
  it('the build is there (npm test builds before testing)', () => {
    expect(existsSync(DIST) && existsSync(CLI)).toBe(true);
  });

  it('parse: 480 levels parse, deeper is NESTING_TOO_DEEP at the 481st opening', () => {
    const outcomes = probe(`(text, lib) => {
      let value = lib.parse(text), depth = 0;
      while (typeof value === 'object' && !Array.isArray(value)) { value = value.a; depth++; }
      return { depth, leaf: value };
    }`);
    expect(outcomes).toEqual({
      unclosed300: { error: 'ShorthandError', code: 'UNEXPECTED_INPUT', offset: 2 + 3 * 300 },
      closed480: { ok: { depth: 481, leaf: 'x' } },
      closed481: TOO_DEEP_481,
      brackets100k: TOO_DEEP_BRACKETS,
    });
  });

  it('parseDocument: a tree 480 levels deep without errors; the first error of deeper input is NESTING_TOO_DEEP', () => {
    const outcomes = probe(`(text, lib) => {
      const { ast, errors } = lib.parseDocument(text);
      let node = ast, depth = 0;
      while (node && node.type === 'object' && node.entries.length > 0) { node = node.entries[0].value; depth++; }
      return { depth, first: errors[0] && [errors[0].code, errors[0].offset] };
    }`);
    expect(outcomes).toEqual({
      unclosed300: { ok: { depth: 301, first: ['UNEXPECTED_INPUT', 902] } },
      closed480: { ok: { depth: 481 } },
      closed481: { ok: { depth: 481, first: ['NESTING_TOO_DEEP', TOO_DEEP_481.offset] } },
      brackets100k: { ok: { depth: 1, first: ['NESTING_TOO_DEEP', TOO_DEEP_BRACKETS.offset] } },
    });
  });

  it('diagnose, complete, hover, analyzeShorthand with a recursive shape', () => {
    // The same depths through a shape that recurses (TreeNode.Parent), at the innermost key.
    const outcomes = probe(`(text, lib, model) => {
      const shape = model.shape('TreeNode');
      const tree = text.replaceAll('a=', 'Parent=').replace('Parent=x', 'Label=x');
      const at = Math.max(tree.lastIndexOf('Label'), tree.lastIndexOf('Parent'));
      const diagnostics = lib.diagnose(tree, shape).map((d) => [d.code, d.syntax?.code ?? null]);
      const completions = lib.complete(tree, shape, at).map((c) => c.label).sort();
      const hover = lib.hover(tree, shape, at + 1);
      const analysis = lib.analyzeShorthand(tree, shape);
      return { diagnostics: diagnostics[0], completions, hover: hover !== undefined, ok: analysis.ok };
    }`);
    const keys = ['Children', 'Label', 'Parent'];
    expect(outcomes).toEqual({
      unclosed300: { ok: { diagnostics: ['SYNTAX', 'UNEXPECTED_INPUT'], completions: keys, hover: true, ok: false } },
      closed480: { ok: { completions: keys, hover: true, ok: true } },
      // Past the limit the rest of the text is one invalid token: nothing to complete in it.
      closed481: { ok: { diagnostics: ['SYNTAX', 'NESTING_TOO_DEEP'], completions: [], hover: true, ok: false } },
      // No key inside the brackets: the probe stands on the top-level key.
      brackets100k: { ok: { diagnostics: ['INVALID_TYPE', null], completions: keys, hover: true, ok: false } },
    });
  });

  it('a too-deep value does not hide the other diagnostics of the document (what the LSP publishes)', () => {
    const outcomes = probe(`(text, lib, model) => {
      const shape = model.shape('CreateWidgetRequest');
      const value = 'WidgetName=w,Color=Purple,Tree=' + text.slice(2).replaceAll('a=', 'Parent=').replace('Parent=x', 'Label=x');
      return lib.diagnose(value, shape).map((d) => d.syntax?.code ?? d.code);
    }`);
    expect(outcomes['closed480']).toEqual({ ok: ['MISSING_REQUIRED', 'INVALID_ENUM'] });
    expect(outcomes['closed481']).toEqual({ ok: ['MISSING_REQUIRED', 'INVALID_ENUM', 'NESTING_TOO_DEEP', 'UNEXPECTED_INPUT'] });
  });

  it('serialize: 480 levels are shorthand, 481 fall back to JSON, 5,000 are too deep for JSON too', () => {
    const outcomes = run(`
      const outcomes = [];
      for (const depth of [480, 481, 977, 978, 5000]) {
        let value = 'x';
        for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
        try {
          const result = lib.serialize({ a: value });
          outcomes.push([depth, result.kind, result.because?.code ?? null]);
        } catch (error) {
          outcomes.push([depth, error.name, error.code]);
        }
      }
      return outcomes;
    `);
    // The outer object adds a level: 977 lists and objects inside it are 978 levels of JSON.
    expect(outcomes).toEqual([
      [480, 'shorthand', null],
      [481, 'json', 'NESTING_TOO_DEEP'],
      [977, 'SerializeError', 'NESTING_TOO_DEEP'],
      [978, 'SerializeError', 'NESTING_TOO_DEEP'],
      [5000, 'SerializeError', 'NESTING_TOO_DEEP'],
    ]);
  });

  it('coerce and validate: values 5,000 levels deep through a recursive shape', () => {
    const outcome = run(`
      const { readFileSync } = await import('node:fs');
      const model = lib.modelFromBotocore(JSON.parse(readFileSync(${JSON.stringify(WIDGETS)}, 'utf8')));
      const shape = model.shape('TreeNode');
      let list = 'x';
      for (let i = 0; i < 5000; i++) list = [list];
      let value = { Label: list };
      for (let i = 0; i < 5000; i++) value = { Parent: value };
      let depth = 0;
      for (let node = lib.coerce(value, shape); node.Parent !== undefined; node = node.Parent) depth++;
      const issues = lib.validate(value, shape);
      return { depth, issues: issues.map((issue) => [issue.code, issue.segments.length, issue.message.length]) };
    `);
    // The message prints the 5,000-deep list in full, as Python's str() would.
    const message = `Invalid type for parameter ${'Parent.'.repeat(5000)}Label, value: ${'['.repeat(5000)}'x'${']'.repeat(5000)}, type: <class 'list'>, valid types: <class 'str'>`;
    expect(outcome).toEqual({ depth: 5000, issues: [['INVALID_TYPE', 5001, message.length]] });
  });
});

describe('deep input to the built command line', () => {
  it.each([
    ['480 closed levels', closed(480), 0, ''],
    ['481 closed levels', closed(481), 1, `Nesting deeper than 480 levels is not supported (at offset ${2 + 3 * 480})`],
    ['100,000 brackets', `a=${'['.repeat(100_000)}${']'.repeat(100_000)}`, 1, 'Nesting deeper than 480 levels is not supported (at offset 482)'],
    ['300 unclosed levels', `a=${'{a='.repeat(300)}`, 1, "Expected: ',', received: 'EOF'"],
  ])('parse: %s', (_name, text, status, message) => {
    const result = cli(['parse'], text);
    expect(result.status).toBe(status);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    if (status === 0) {
      let value = JSON.parse(result.stdout) as unknown;
      let depth = 0;
      while (typeof value === 'object' && value !== null) {
        value = (value as { a: unknown }).a;
        depth++;
      }
      expect([depth, value]).toEqual([481, 'x']);
    }
  });

  it('format: JSON 5,000 levels deep is a clear error, exit 1', () => {
    const result = cli(['format'], deepJson(5000));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("aws-shorthand format: the value on stdin is nested more than 977 levels deep, more than the AWS CLI's JSON reader takes\n");
  });

  it('--cli-input-json: 982 levels load (as the AWS CLI), 983 and 5,000 fail with its RecursionError text', () => {
    const argv = (json: string): string[] => ['sagemaker', 'list-models', '--region', 'us-east-1', '--cli-dry-run', '--cli-input-json', json];
    const loads = cli(argv(`{"MaxResults": 5, "x": ${deepJson(981)}}`));
    expect(loads.stderr).toContain('Unknown parameter in input: "x"');
    for (const json of [`{"x": ${deepJson(982)}}`, deepJson(5000)]) {
      const result = cli(argv(json));
      expect(result.status).toBe(255);
      expect(result.stderr).toBe(`\n${JSON_TOO_DEEP}\n`);
    }
  });

  it('a JSON option value: 977 levels load, 978 fail with the RecursionError text, exit 255', () => {
    const argv = (json: string): string[] => [
      'sagemaker', 'create-model', '--region', 'us-east-1', '--cli-dry-run', '--model-name', 'm',
      '--execution-role-arn', 'arn:aws:iam::123456789012:role/x', '--primary-container', json,
    ];
    expect(cli(argv(deepJson(977))).stderr).toContain('Unknown parameter in PrimaryContainer: "a"');
    const result = cli(argv(deepJson(978)));
    expect(result.status).toBe(255);
    expect(result.stderr).toBe(`\n${JSON_TOO_DEEP}\n`);
  });

  it('cli --jsonl: deep JSON and deep shorthand give error lines, never a crash', () => {
    const lines = [
      ['sagemaker', 'list-models', '--cli-input-json', deepJson(5000)],
      ['sagemaker', 'create-model', '--model-name', 'm', '--primary-container', closed(481)],
      ['sagemaker', 'create-model', '--model-name', 'm', '--primary-container', `a=${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ].map((argv) => JSON.stringify({ argv }));
    const result = cli(['cli', '--jsonl'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const results = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; code?: string; error?: string });
    expect(results.map((r) => [r.ok, r.code])).toEqual([
      [false, 'NESTING_TOO_DEEP'],
      [false, 'NESTING_TOO_DEEP'],
      [false, 'NESTING_TOO_DEEP'],
    ]);
    expect(results[0]?.error).toBe(JSON_TOO_DEEP);
    expect(results[1]?.error).toContain(`Nesting deeper than 480 levels is not supported (at offset ${2 + 3 * 480})`);
  });
});
