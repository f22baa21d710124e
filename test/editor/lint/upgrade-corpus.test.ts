/**
 * Conformance of the upgrade rules with AWS CLI v1's upgrade debug mode: corpus/v2-debug holds,
 * for a seeded corpus of one-command scripts, the migration anchors of the warnings that
 * `aws --v2-debug` printed (recorded by scripts/record-v2-debug.py). The replay lints each script
 * (no Python: the models are trimmed copies in ./fixtures/models) and requires that at least 95%
 * of those warnings are found, that at most 2% of our scored (non-nested) findings are ones
 * v2-debug did not print, and that every finding sits on its command. A sample is re-recorded
 * live against the installed AWS CLI, so the corpus cannot drift from the reference unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../../../src/editor/script.js';
import { upgradeFindings } from '../../../src/editor/lint/upgrade.js';
import type { Finding } from '../../../src/editor/lint/finding.js';
import { ModelRegistry } from '../../../src/model/registry.js';
import { ROOT } from '../../helpers/corpus.js';
import { describeWith, pythonAwsCli } from '../../helpers/live.js';

interface Row {
  readonly name: string;
  readonly script: string;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly exports: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly exitCode: number;
}

const CORPUS = join(ROOT, 'corpus/v2-debug/commands.jsonl');
const FIXTURES = fileURLToPath(new URL('./fixtures/models', import.meta.url));
const rows: Row[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
const files = new Set(JSON.parse(readFileSync(join(ROOT, 'corpus/v2-debug/files.json'), 'utf8')) as string[]);
const registry = new ModelRegistry({ dataPath: [FIXTURES] });

/** Our findings for a row's script. */
function lint(row: Row): { findings: Finding[]; commands: ReadonlyArray<{ offset: number; length: number }> } {
  const analysis = analyseScript(row.script, registry);
  const findings = upgradeFindings(analysis, { dialect: 'v1', upgrade: true, fileExists: (path) => files.has(path) });
  return { findings, commands: analysis.commands.map((command) => command.command.command) };
}

interface Score {
  readonly printed: number;
  readonly found: number;
  readonly scored: number;
  readonly unprinted: number;
  readonly missed: string[];
  readonly extra: string[];
}

/** Recall and precision by migration anchor, per command (each script has one). */
function score(): Score {
  let printed = 0;
  let found = 0;
  let scored = 0;
  let unprinted = 0;
  const missed: string[] = [];
  const extra: string[] = [];
  for (const row of rows) {
    const { findings } = lint(row);
    const ours = findings.filter((finding) => finding.nested !== true);
    const anchors = new Set(ours.map((finding) => finding.migration));
    const expected = new Set(row.warnings);
    for (const anchor of expected) {
      printed++;
      if (anchors.has(anchor)) found++;
      else missed.push(`${row.name}: ${anchor}`);
    }
    for (const finding of ours) {
      scored++;
      if (finding.migration === undefined || !expected.has(finding.migration)) {
        unprinted++;
        extra.push(`${row.name}: ${finding.rule}`);
      }
    }
  }
  return { printed, found, scored, unprinted, missed, extra };
}

describe('corpus/v2-debug replay: the upgrade rules against aws --v2-debug', () => {
  it('holds at least 200 scripts covering every condition v2-debug checks, and scripts where it prints nothing but the pager', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const anchors = new Set(rows.flatMap((row) => row.warnings));
    for (const anchor of [
      'cliv2-migration-output-pager',
      'cliv2-migration-binaryparam',
      'cliv2-migration-paramfile',
      'cliv2-migration-aliases',
      'cliv2-migration-ecr-get-login',
      'cliv2-migration-cfn',
      'cliv2-migration-skeleton-paging',
      'cliv2-migration-s3-copy-metadata',
      'cliv2-migration-checksums',
      'cliv2-migration-timestamp',
      'cliv2-migration-encodingenvvar',
      'cliv2-migration-s3-regional-endpoint',
    ]) {
      expect(anchors, anchor).toContain(anchor);
    }
    expect(rows.filter((row) => row.warnings.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('finds >= 95% of the warnings v2-debug prints, with <= 2% of scored findings it does not print', () => {
    const result = score();
    const recall = result.found / result.printed;
    const falseShare = result.unprinted / result.scored;
    console.log(
      `v2-debug conformance: ${rows.length} scripts; recall ${(recall * 100).toFixed(1)}% (${result.found}/${result.printed} warnings); ` +
        `unprinted ${(falseShare * 100).toFixed(1)}% (${result.unprinted}/${result.scored} scored findings)` +
        (result.missed.length > 0 ? `\n  missed: ${result.missed.join('; ')}` : '') +
        (result.extra.length > 0 ? `\n  not printed by v2-debug: ${result.extra.join('; ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseShare).toBeLessThanOrEqual(0.02);
  });

  it('puts every finding on its command', () => {
    for (const row of rows) {
      const { findings, commands } = lint(row);
      for (const finding of findings) {
        const command = commands[finding.command ?? -1];
        expect(command, `${row.name}: ${finding.rule}`).toBeDefined();
        if (command === undefined) continue;
        expect(finding.offset, `${row.name}: ${finding.rule}`).toBeGreaterThanOrEqual(command.offset);
        expect(finding.offset + finding.length, `${row.name}: ${finding.rule}`).toBeLessThanOrEqual(command.offset + command.length);
      }
    }
  });
});

/** Every 25th row, re-recorded against the installed AWS CLI v1. */
const SAMPLE = rows.filter((_, i) => i % 25 === 0);

describeWith(pythonAwsCli(), 'corpus/v2-debug live: a sample re-recorded with aws --v2-debug', () => {
  it(`prints the recorded warnings for ${SAMPLE.length} sampled scripts`, { timeout: 180_000 }, () => {
    const args = [join(ROOT, 'scripts/record-v2-debug.py'), ...SAMPLE.flatMap((row) => ['--only', row.name])];
    const run = spawnSync('python3', args, { encoding: 'utf8', cwd: ROOT, timeout: 170_000 });
    expect(run.status, run.stderr).toBe(0);
    const live = new Map(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Row)
        .map((row) => [row.name, row.warnings] as const),
    );
    // Sorted: `aws s3` transfers run their requests on threads, so the order of two warnings may vary.
    for (const row of SAMPLE) expect([...(live.get(row.name) ?? [])].sort(), row.name).toEqual([...row.warnings].sort());
  });
});
