/**
 * Option documentation across every installed service, live (skipped without python3 +
 * awscli): services sampled from the AWS CLI's command table are recorded fresh by
 * scripts/record-help-corpus.py into a temporary directory, and every option's type and
 * Shorthand/JSON/list Syntax blocks must equal what our generators make from botocore's model.
 * AWS_SHORTHAND_SEED picks other services; commands that only the AWS CLI's customizations make
 * (rds add-option-to-option-group, …) are left out, as we do not have them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { aliasTarget } from '../../src/awscli/command-table.js';
import { ROOT } from '../helpers/corpus.js';
import { botocoreDataDir, compareRows, installedModel, readHelpRows } from '../helpers/help-rows.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { tempDir } from '../helpers/temp-tree.js';

/** Commands the AWS CLI builds from other operations (no model operation of that name). */
const CUSTOM_COMMANDS = new Set(['rds add-option-to-option-group', 'rds remove-option-from-option-group']);

describeWith(pythonAwsCli(), 'option docs of sampled services against the AWS CLI', () => {
  it('match for every option of 30 services sampled from all of them', () => {
    const listed = spawnSync(
      'python3',
      ['-c', "from awscli.clidriver import create_clidriver, ServiceCommand\nprint(' '.join(n for n, c in create_clidriver()._get_command_table().items() if type(c) is ServiceCommand and not getattr(c, '_UNDOCUMENTED', False)))"],
      { encoding: 'utf8' },
    );
    const services = listed.stdout.trim().split(' ');
    expect(services.length).toBeGreaterThan(300);
    const seed = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
    const sample = [...new Set(fc.sample(fc.constantFrom(...services), { numRuns: 30, seed }))];
    const dir = tempDir('aws-shorthand-help-');
    const recorded = spawnSync('python3', [join(ROOT, 'scripts/record-help-corpus.py'), '--out', dir, '--verify', '0', ...sample], { encoding: 'utf8' });
    expect(recorded.status, recorded.stderr).toBe(0);
    const dataDir = botocoreDataDir();
    let checked = 0;
    const mismatches: string[] = [];
    for (const file of readdirSync(dir)) {
      const service = file.replace(/\.jsonl(\.gz)?$/, '');
      // A hidden alias is documented under the operation it stands for.
      const rows = readHelpRows(service, dir)
        .filter((row) => !CUSTOM_COMMANDS.has(`${row.service} ${row.operation}`))
        .map((row) => ({ ...row, operation: aliasTarget(row.service, row.operation) }));
      const result = compareRows(rows, installedModel(dataDir, service));
      checked += result.checked;
      mismatches.push(...result.mismatches.map((mismatch) => JSON.stringify(mismatch)));
    }
    expect(checked).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
