/**
 * Editor diagnostics on error floods: at most `MAX_DIAGNOSTICS` (1,000) per document plus one
 * `TOO_MANY_DIAGNOSTICS` counting the rest, one-line messages, and the same first 1,000 as the
 * uncapped list.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/editor/analysis.js';
import { diagnose, diagnoseAnalysis, limitDiagnostics, MAX_DIAGNOSTICS } from '../../src/editor/diagnose.js';
import { documentDiagnostics, openDocument } from '../../src/editor/document.js';
import type { EditorDiagnostic } from '../../src/editor/types.js';
import { bundledRegistry } from '../../src/model/index.js';
import { sagemaker } from './helpers.js';

const COMMAS = `a=${','.repeat(64_000)}`;

/** `[code, offset, length, message]` of each diagnostic. */
function rows(diagnostics: readonly EditorDiagnostic[]): Array<[string, number, number, string]> {
  return diagnostics.map((d) => [d.code, d.offset, d.length, d.message]);
}

describe('capped diagnostics', () => {
  it('reports a 64,000-comma flood as 1,000 diagnostics and one that counts the rest', () => {
    const all = diagnoseAnalysis(analyse(COMMAS, undefined));
    const capped = diagnose(COMMAS, undefined);
    expect(MAX_DIAGNOSTICS).toBe(1000);
    expect(capped).toHaveLength(1001);
    expect(rows(capped.slice(0, 1000))).toEqual(rows(all.slice(0, 1000)));
    const more = all.length - 1000;
    expect(more).toBeGreaterThan(100_000);
    expect(capped[1000]).toEqual({
      code: 'TOO_MANY_DIAGNOSTICS',
      source: 'syntax',
      severity: 'error',
      message: `…and ${more.toLocaleString('en-US')} more problems (only the first 1,000 are shown)`,
      offset: all[1000]?.offset,
      length: 0,
    });
    expect(capped.filter((d) => d.message.includes('\n'))).toEqual([]);
    expect(rows(capped.slice(0, 3))).toEqual([
      ['SYNTAX', 4, 1, "Expected: '=', received: ','"],
      ['SYNTAX', 5, 1, "Expected: '=', received: ','"],
      ['SYNTAX', 5, 0, 'Second instance of key "" encountered'],
    ]);
  });

  it('caps a shorthand file in the editor the same way (Key= and 32,000 commas)', () => {
    const text = `# shape: sagemaker.Tag\nKey=${','.repeat(32_000)}\n`;
    const found = documentDiagnostics(openDocument(text, 'aws-shorthand', bundledRegistry()));
    expect(found).toHaveLength(1001);
    // The model's findings on `Key=` come first (offset order), then the flood.
    expect(found.slice(0, 3).map((d) => [d.code, d.offset, d.message])).toEqual([
      ['MISSING_REQUIRED', 23, 'Missing required parameter in input: "Value"'],
      ['INVALID_LENGTH', 27, 'Invalid length for parameter Key, value: 0, valid min length: 1'],
      ['SYNTAX', 29, "Expected: '=', received: ','"],
    ]);
    expect(found[1000]?.code).toBe('TOO_MANY_DIAGNOSTICS');
    expect(found[1000]?.message).toMatch(/^…and [\d,]+ more problems \(only the first 1,000 are shown\)$/);
  });

  it('counts the header warning of a file within the 1,000', () => {
    const text = `# shape: nosuch.Shape\nKey=${','.repeat(2_000)}`;
    const found = documentDiagnostics(openDocument(text, 'aws-shorthand', bundledRegistry()));
    expect(found).toHaveLength(1001);
    expect(found[0]?.code).toBe('UNKNOWN_OPERATION');
    expect(found.filter((d) => d.code === 'TOO_MANY_DIAGNOSTICS')).toHaveLength(1);
  });

  it('merges model issues and syntax errors by offset before capping', () => {
    const text = `${Array.from({ length: 1500 }, (_, i) => `Bad${i}=x`).join(',')},Key=[y`;
    const all = diagnoseAnalysis(analyse(text, sagemaker('Tag')));
    const capped = diagnose(text, sagemaker('Tag'), { limit: 10 });
    expect(rows(capped.slice(0, 10))).toEqual(rows(all.slice(0, 10)));
    expect(capped.slice(0, 3).map((d) => d.code)).toEqual(['MISSING_REQUIRED', 'UNKNOWN_KEY', 'UNKNOWN_KEY']);
    // The syntax error at the end is among those counted, not dropped.
    expect(all[all.length - 1]?.code).toBe('SYNTAX');
    expect(capped[10]?.message).toBe(`…and ${(all.length - 10).toLocaleString('en-US')} more problems (only the first 10 are shown)`);
    expect(capped.every((d, i) => i === 0 || (capped[i - 1] as EditorDiagnostic).offset <= d.offset)).toBe(true);
  });

  it('leaves a short list alone and sums up a long one with its worst severity', () => {
    const at = (offset: number, severity: EditorDiagnostic['severity']): EditorDiagnostic => ({ code: 'INVALID_ENUM', source: 'validation', severity, message: 'm', offset, length: 1 });
    const short = [at(0, 'warning')];
    expect(limitDiagnostics(short, 1)).toBe(short);
    const long = [at(0, 'warning'), at(3, 'warning'), at(5, 'error'), at(9, 'info')];
    expect(limitDiagnostics(long, 1).map((d) => [d.code, d.offset, d.severity, d.message])).toEqual([
      ['INVALID_ENUM', 0, 'warning', 'm'],
      ['TOO_MANY_DIAGNOSTICS', 3, 'error', '…and 3 more problems (only the first 1 are shown)'],
    ]);
  });
});
