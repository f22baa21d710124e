/**
 * Live, where python3 + awscli are installed: every operation of every installed botocore
 * service that botocore says has streaming output is one our model says so of too (and no
 * other), and three command lines for each of them (nothing given; two positional words with
 * --cli-input-json; --generate-cli-skeleton) fail as the AWS CLI's do, with its text and status;
 * and for three of them the help page's synopsis and `outfile` entry are the AWS CLI's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { loadBotocoreService } from '../../src/model/loaders/botocore.js';
import { hasStreamingOutput } from '../../src/model/payload.js';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { runCliCaptured } from '../helpers/run-cli.js';

interface Listing {
  readonly dataDir: string;
  /** botocore data name → operation model names with streaming output (botocore's view). */
  readonly streaming: Record<string, string[]>;
  /** botocore data name → every operation model name. */
  readonly operations: Record<string, string[]>;
}

/** botocore's own answer for every installed service. */
function botocoreListing(): Listing {
  const script = `
import botocore, botocore.session, json, os
s = botocore.session.get_session()
out = {'dataDir': os.path.join(os.path.dirname(botocore.__file__), 'data'), 'streaming': {}, 'operations': {}}
for svc in s.get_available_services():
    m = s.get_service_model(svc)
    out['operations'][svc] = list(m.operation_names)
    out['streaming'][svc] = [o for o in m.operation_names if m.operation_model(o).has_streaming_output]
print(json.dumps(out))
`;
  const result = spawnSync('python3', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Listing;
}

/** The CLI's name of a botocore operation (botocore's xform_name with dashes), asked of python. */
function cliNames(pairs: ReadonlyArray<readonly [string, string]>): string[] {
  const script = `
import json, sys
from botocore import xform_name
print(json.dumps([xform_name(op, '-') for _, op in json.load(sys.stdin)]))
`;
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(pairs), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describeWith(pythonAwsCli(), 'payload outputs across every installed service (live)', () => {
  // Asked of python only when the tests run (the describe body runs even when skipped).
  let listing: Listing;
  let services: string[];
  beforeAll(() => {
    listing = botocoreListing();
    services = Object.keys(listing.streaming);
  });

  test('our model finds streaming output exactly where botocore does', () => {
    const ours: Record<string, string[]> = {};
    for (const service of services) {
      const model = loadBotocoreService([listing.dataDir], service);
      ours[service] = (listing.operations[service] ?? []).filter((name) => {
        const operation = model.operations.get(name);
        return operation !== undefined && hasStreamingOutput(operation);
      });
    }
    expect(ours).toEqual(listing.streaming);
    expect(Object.values(ours).flat().length).toBeGreaterThan(20);
  }, 120_000);

  test('command lines end as the AWS CLI ends them', async () => {
    const pairs = services.flatMap((service) => (listing.streaming[service] ?? []).map((op) => [service, op] as const));
    const names = cliNames(pairs);
    // The AWS CLI names S3's low-level commands s3api.
    const commands = pairs.map(([service], i) => [service === 's3' ? 's3api' : service, names[i] as string] as const);
    const argvs = commands.flatMap(([service, operation]) => [
      [service, operation],
      [service, operation, 'a.json', 'b.json', '--cli-input-json', '{}'],
      [service, operation, '--generate-cli-skeleton'],
    ]);
    const input = argvs.map((argv) => JSON.stringify({ argv })).join('\n') + '\n';
    const aws = spawnSync('python3', [join(ROOT, 'scripts/record-cli-corpus.py'), '--argv-jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (aws.status !== 0) throw new Error(aws.stderr);
    const theirs = aws.stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { message: string }; exitCode: number | null });
    const ourInput = argvs.map((argv) => JSON.stringify({ argv: ['--data-path', listing.dataDir, ...argv] })).join('\n');
    const { stdout } = await runCliCaptured(['cli', '--jsonl'], ourInput, { env: { AWS_DEFAULT_REGION: 'us-east-1', HOME: '/nonexistent', AWS_CONFIG_FILE: '/dev/null' } });
    const ours = stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; error?: string; exitCode?: number });
    const differences = argvs.flatMap((argv, i) => {
      const aws = theirs[i];
      const our = ours[i];
      const same = aws?.error?.message === our?.error && aws?.exitCode === our?.exitCode;
      return same ? [] : [`${argv.join(' ')}: aws ${JSON.stringify(aws?.error?.message)} (${aws?.exitCode}), ours ${JSON.stringify(our?.error)} (${our?.exitCode})`];
    });
    expect(differences).toEqual([]);
    expect(argvs.length).toBeGreaterThan(60);
  }, 300_000);

  test.each([
    ['lambda', 'invoke'],
    ['sagemaker-runtime', 'invoke-endpoint'],
    ['s3api', 'get-object'],
  ])('%s %s help: the synopsis and the outfile entry', async (service, operation) => {
    let page: string;
    try {
      page = execFileSync('aws', [service, operation, 'help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, AWS_DEFAULT_REGION: 'us-east-1', PAGER: 'cat', MANPAGER: 'cat' } });
    } catch {
      return; // no `aws` command on PATH (the module alone is installed)
    }
    // The man page's bold and underline are overstrikes (`c\bc`, `_\bc`).
    const theirs = page.replace(/.\x08/g, '');
    const { stdout: ours } = await runCliCaptured(['--data-path', listing.dataDir, service, operation, 'help'], '', { env: { HOME: '/nonexistent' } });
    // Up to the global options, where ours adds its own.
    const synopsis = (text: string): string => text.slice(text.indexOf('SYNOPSIS\n'), text.indexOf('          [--debug]'));
    expect(synopsis(ours)).toBe(synopsis(theirs));
    expect(synopsis(ours)).toContain('\n          <outfile>\n');
    const entry = (text: string): string | undefined => /\n       outfile \(string\)[^\n]*\n/.exec(text)?.[0];
    expect(entry(ours)).toBe(entry(theirs));
    expect(entry(ours)).toBe('\n       outfile (string) Filename where the content will be saved\n');
  }, 60_000);
});
