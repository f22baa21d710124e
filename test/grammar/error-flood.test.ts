/**
 * Error floods: diagnostics are data and the AWS CLI's caret text is drawn only when read, the
 * throwing `parse` stops after its first error, and a child process guards the whole path on
 * large floods (a caret picture per error once made a 64,000-comma value take 34 s).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseDocument, renderSyntaxError, ShorthandError, syntaxErrorHeadline } from '../../src/grammar/index.js';
import type { SyntaxDiagnostic } from '../../src/grammar/index.js';
import { linkTreeParser, treeParser } from '../../src/grammar/tree-parser.js';
import type { TreeParser } from '../../src/grammar/tree-parser.js';
import { analyzeShorthand } from '../../src/model/api.js';

const COMMAS = `a=${','.repeat(64_000)}`;

/** The own string fields of a diagnostic (a rendered picture would be one of them). */
function ownStrings(diagnostic: SyntaxDiagnostic): string[] {
  return Object.values(diagnostic).filter((value): value is string => typeof value === 'string');
}

describe('diagnostics are data', () => {
  it('holds no rendered message in any of a flood’s diagnostics', () => {
    const { errors } = parseDocument(COMMAS);
    // Two errors per comma after the first: "Expected: '='" and a second key "".
    expect(errors.length).toBe(2 * 64_000 - 3);
    // Checked in a loop and asserted once: 127,997 `expect` calls would take seconds.
    const holdingText = errors.filter((e) => Object.getOwnPropertyDescriptor(e, 'message') !== undefined || ownStrings(e).some((s) => s.length > 20));
    expect(holdingText).toEqual([]);
    expect(errors.slice(0, 3).map((e) => [e.code, e.offset, e.length, e.expected, e.received, e.key])).toEqual([
      ['UNEXPECTED_INPUT', 4, 1, '=', ',', undefined],
      ['UNEXPECTED_INPUT', 5, 1, '=', ',', undefined],
      ['DUPLICATE_KEY', 5, 0, undefined, undefined, ''],
    ]);
  });

  it('draws the AWS CLI’s exact text when the message is read, from the data alone', () => {
    const text = 'A={B=1,C=[x,y]},D';
    const [error] = parseDocument(text).errors as [SyntaxDiagnostic];
    const expected = "Expected: '=', received: 'EOF' for input:\nA={B=1,C=[x,y]},D\n                 ^";
    expect(error.message).toBe(expected);
    expect(renderSyntaxError({ ...error }, text)).toBe(expected);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ code: 'UNEXPECTED_INPUT', message: expected, offset: 17, length: 0, severity: 'error', expected: '=', received: 'EOF' });
    expect(syntaxErrorHeadline(error)).toBe("Expected: '=', received: 'EOF'");
  });

  it('draws a duplicate key’s text with its key', () => {
    const text = 'Name=a,Name=b';
    const error = parseDocument(text).errors[0] as SyntaxDiagnostic;
    expect([error.code, error.key, error.offset, error.length]).toEqual(['DUPLICATE_KEY', 'Name', 7, 4]);
    expect(error.message).toBe(
      'Second instance of key "Name" encountered for input:\nName=a,Name=b\n       ^\nThis is often because there is a preceding "," instead of a space.',
    );
    expect(syntaxErrorHeadline(error)).toBe('Second instance of key "Name" encountered');
  });

  it('keeps the drawn message on diagnostics tagged with their word', () => {
    const result = analyzeShorthand(['Key=a,Value=b', 'Key=[x'], 'sagemaker.TagList');
    const error = result.syntaxErrors[0];
    expect([error?.word, error?.code]).toEqual([1, 'UNEXPECTED_INPUT']);
    expect(error?.message).toBe("Expected: ',', received: 'EOF' for input:\nKey=[x\n      ^");
  });
});

describe('the throwing parse on a flood', () => {
  let original: TreeParser | undefined;
  afterEach(() => {
    if (original !== undefined) linkTreeParser(original);
    original = undefined;
  });

  it('stops after the first error and still throws the AWS CLI’s first error', () => {
    original = treeParser();
    const inner = original;
    const found: number[] = [];
    linkTreeParser((text, firstError) => {
      const result = inner(text, firstError);
      found.push(result.diagnostics.length);
      return result;
    });
    let thrown: unknown;
    try {
      parse(COMMAS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ShorthandError);
    const error = thrown as ShorthandError;
    expect([error.code, error.offset, error.line, error.column]).toEqual(['UNEXPECTED_INPUT', 4, 1, 5]);
    expect(error.message).toBe(`Expected: '=', received: ',' for input:\n${COMMAS}\n    ^`);
    // The full parse finds 127,997 errors; the throwing one stops a token or two past the first.
    expect(found).toHaveLength(1);
    expect(found[0]).toBeLessThanOrEqual(3);
  });
});

describe('large floods in a child process', () => {
  it('parses, diagnoses and throws on 256 KB floods of each kind within a generous bound', () => {
    const script = fileURLToPath(new URL('./error-flood-guard.mjs', import.meta.url));
    // Today each flood takes well under a few seconds; with a caret picture per error the comma
    // flood alone took many minutes. The bound only guards against a return to quadratic time.
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Record<string, { errors: number; first: string }>;
    expect(Object.keys(report)).toEqual(['commas', 'equals', 'brackets', 'duplicates', 'mixed']);
    expect(report.commas).toEqual({ errors: 2 * (262_144 - 2) - 3, first: "Expected: '=', received: ','" });
    expect(report.brackets?.first).toBe('Nesting deeper than 480 levels is not supported (at offset 482)');
    expect(report.duplicates).toEqual({ errors: 262_144 / 4 - 1, first: 'Second instance of key "a" encountered' });
  }, 150_000);
});
