/**
 * The upgrade rules on a long script: 10,000 commands (with `$?` tests and exports between them)
 * each get their own findings, none lost or doubled. How long it takes is measured by
 * `npm run bench` (bench/check.mjs), not here: unit tests are not timed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../../../src/editor/script.js';
import { upgradeFindings } from '../../../src/editor/lint/upgrade.js';
import { ModelRegistry } from '../../../src/model/registry.js';

const registry = new ModelRegistry({ dataPath: [fileURLToPath(new URL('./fixtures/models', import.meta.url))] });

describe('upgrade rules on a long script', () => {
  it('finds every command\'s findings in a 10,000-command script', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 3 === 0) lines.push(`aws kms encrypt --key-id k${i} --plaintext hello`);
      else if (i % 3 === 1) lines.push(`aws iam list-users --query 'Users[].CreateDate'\nif [ $? -eq 255 ]; then echo ${i}; fi`);
      else lines.push(`export X${i}=1\naws s3 cp f${i}.txt s3://b/k${i}`);
    }
    const script = lines.join('\n') + '\n';
    const analysis = analyseScript(script, registry);
    const findings = upgradeFindings(analysis, { dialect: 'v1', upgrade: true });
    expect(findings.filter((f) => f.rule === 'v2-exit-status')).toHaveLength(3333);
    expect(findings.filter((f) => f.rule === 'v2-binary-param')).toHaveLength(3334);
  });
});
