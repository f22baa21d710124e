/**
 * The upgrade rules on a long script stay linear: 10,000 commands (with `$?` tests and exports
 * between them) take about 0.6-1.6 s on a shared 2-core machine (the diagnostics they consult
 * included); the per-command scans they replaced took 3.6 s. The bound leaves room for a loaded CI.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../../../src/editor/script.js';
import { upgradeFindings } from '../../../src/editor/lint/upgrade.js';
import { ModelRegistry } from '../../../src/model/registry.js';

const registry = new ModelRegistry({ dataPath: [fileURLToPath(new URL('./fixtures/models', import.meta.url))] });

describe('upgrade rules on a long script', () => {
  it('lint 10,000 commands in linear time', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 3 === 0) lines.push(`aws kms encrypt --key-id k${i} --plaintext hello`);
      else if (i % 3 === 1) lines.push(`aws iam list-users --query 'Users[].CreateDate'\nif [ $? -eq 255 ]; then echo ${i}; fi`);
      else lines.push(`export X${i}=1\naws s3 cp f${i}.txt s3://b/k${i}`);
    }
    const script = lines.join('\n') + '\n';
    const analysis = analyseScript(script, registry);
    const start = performance.now();
    // What the rules add to the analysis (the diagnostics they consult included).
    const findings = upgradeFindings(analysis, { dialect: 'v1', upgrade: true });
    const elapsed = performance.now() - start;
    console.log(`upgrade rules: ${analysis.commands.length} commands, ${findings.length} findings in ${elapsed.toFixed(0)} ms`);
    expect(findings.filter((f) => f.rule === 'v2-exit-status')).toHaveLength(3333);
    expect(findings.filter((f) => f.rule === 'v2-binary-param')).toHaveLength(3334);
    expect(elapsed).toBeLessThan(5000);
  });
});
