/**
 * Every service, live (skipped without python3 + awscli): operations sampled from all the
 * services of the installed botocore, each run through `aws` and through our CLI with
 * `--data-path` at botocore's data: the same input skeleton, and that skeleton given back as
 * `--cli-input-json` gives the same parameters or the same error; and generated requests
 * written as command lines by `toCommandArgs` read back by `aws` as the same request.
 * AWS_SHORTHAND_SEED picks other operations.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isRemovedCommand } from '../../src/awscli/command-table.js';
import { awsCliOptionHooks } from '../../src/awscli/option-rules.js';
import { xformName } from '../../src/model/loaders/names.js';
import { ModelRegistry } from '../../src/model/registry.js';
import type { Shape } from '../../src/model/shape.js';
import { SerializeError } from '../../src/serializer/index.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import { ROOT } from '../helpers/corpus.js';
import { valueOf } from '../serializer/arbitraries.js';
import { awsCommandParams, bigIntegers } from '../serializer/oracle.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { runCliCaptured } from '../helpers/run-cli.js';

/** What the AWS CLI did with one command line (scripts/record-cli-corpus.py --argv-jsonl). */
interface AwsOutcome {
  readonly params?: unknown;
  readonly stdout?: string;
  readonly error?: { readonly message: string };
  readonly exitCode?: number | null;
}

/** What `cli --jsonl` answered for one command line. */
interface OurOutcome {
  readonly ok: boolean;
  readonly params?: unknown;
  readonly stdout?: string;
  readonly error?: string;
  readonly exitCode?: number;
}

/** Refusals made before sending that live outside the models we load (see docs/aws-cli.md, "Where we deliberately differ"). */
const KNOWN_GAPS = [/must be a valid ARN/, /must only contain a-z, A-Z, 0-9/, /preview stage/, /^SessionManagerPlugin is not found/];

function python(script: string): string {
  const result = spawnSync('python3', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

function awsOutcomes(argvs: readonly string[][]): AwsOutcome[] {
  const input = argvs.map((argv) => JSON.stringify({ argv })).join('\n') + '\n';
  const result = spawnSync('python3', [join(ROOT, 'scripts/record-cli-corpus.py'), '--argv-jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AwsOutcome);
}

async function ourOutcomes(dataDir: string, argvs: readonly string[][]): Promise<OurOutcome[]> {
  const input = argvs.map((argv) => JSON.stringify({ argv: ['--data-path', dataDir, ...argv] })).join('\n');
  const { stdout } = await runCliCaptured(['cli', '--jsonl'], input, { env: { AWS_DEFAULT_REGION: 'us-east-1', HOME: '/nonexistent', AWS_CONFIG_FILE: '/dev/null' } });
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as OurOutcome);
}

/** JSON with every number written the same way (JSON `0.0` and `0` read alike in JavaScript). */
const canonical = (value: unknown): string => JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'number' ? `#${inner}` : inner));

/** The same outcome, or a reason why not. */
function difference(aws: AwsOutcome, ours: OurOutcome): string | undefined {
  if (aws.error !== undefined) {
    if (KNOWN_GAPS.some((gap) => gap.test(aws.error?.message ?? ''))) return undefined;
    // The AWS CLI also lists its own commands of a service (emr create-cluster, …), which we
    // do not have: an invalid operation is compared by its first line.
    const firstLine = (text: string): string => text.split('\n')[0] ?? '';
    if (aws.error.message.startsWith('argument operation: Invalid choice')) {
      return !ours.ok && firstLine(ours.error ?? '') === firstLine(aws.error.message) ? undefined : 'not an invalid operation';
    }
    return !ours.ok && ours.error === aws.error.message && ours.exitCode === aws.exitCode ? undefined : `error ${JSON.stringify(aws.error.message.slice(0, 200))}`;
  }
  if (!ours.ok) return `we failed: ${ours.error?.slice(0, 200)}`;
  if (aws.params !== undefined) return canonical(ours.params) === canonical(aws.params) ? undefined : 'different params';
  // Skeletons: the same keys and layout (the AWS CLI puts a random allowed value at enums).
  const theirs = JSON.parse(aws.stdout ?? 'null') as unknown;
  const mine = JSON.parse(ours.stdout ?? 'null') as unknown;
  const keys = (value: unknown): unknown => (Array.isArray(value) ? value.map(keys) : value !== null && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, keys(v)]) : typeof value);
  return canonical(keys(theirs)) === canonical(keys(mine)) ? undefined : 'different skeleton';
}

/** JSON with object keys sorted and bytes as base64 (the AWS CLI builds its dicts in option order). */
const unordered = (value: unknown): string =>
  JSON.stringify(sortKeys(bigIntegers(value)), (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner instanceof Uint8Array ? Buffer.from(inner).toString('base64') : inner));
const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value !== null && typeof value === 'object' && !(value instanceof Uint8Array)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]))
      : value;

/** The catalogue of the installed AWS CLI: botocore's data directory and every (command, service). */
function installedServices(): { dataDir: string; services: Array<[string, string]> } {
  return JSON.parse(
    python(`
import json, os, botocore
from awscli.clidriver import create_clidriver, ServiceCommand
services = [(name, command._service_name) for name, command in create_clidriver()._get_command_table().items() if type(command) is ServiceCommand]
print(json.dumps({'dataDir': os.path.join(os.path.dirname(botocore.__file__), 'data'), 'services': services}))
`),
  ) as { dataDir: string; services: Array<[string, string]> };
}

describeWith(pythonAwsCli(), 'every installed service against the AWS CLI', () => {
  it('reads back the command lines we write for requests of operations sampled from all services', () => {
    const { dataDir, services } = installedServices();
    const registry = new ModelRegistry({ dataPath: [dataDir] });
    const seed = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
    const cases: Array<{ argv: string[]; request: Record<string, unknown> }> = [];
    let refused = 0;
    fc.sample(fc.constantFrom(...services), { numRuns: 150, seed }).forEach(([command, service], i) => {
      const model = registry.findService(service);
      const operations = [...(model?.operations.values() ?? [])].filter((op) => op.input !== undefined && !isRemovedCommand(command, xformName(op.name)));
      const operation = operations[(i * 7919) % Math.max(operations.length, 1)];
      if (model === undefined || operation === undefined) return;
      const request = fc.sample(valueOf(operation.input as Shape, { withRequired: true }), { numRuns: 1, seed: seed + i })[0] as Record<string, unknown>;
      try {
        cases.push({ argv: toCommandArgs(command, operation.name, request, model, awsCliOptionHooks(command, model, operation.name)).argv.slice(1) as string[], request });
      } catch (error) {
        // A typed refusal (a value no command line can carry) is an answer too.
        if (!(error instanceof SerializeError)) throw error;
        refused++;
      }
    });
    expect(cases.length).toBeGreaterThan(100);
    expect(refused).toBeLessThan(cases.length / 10);
    const outcomes = awsCommandParams(cases.map((c) => c.argv));
    const mismatches = cases.flatMap((c, i) => {
      const aws = outcomes[i];
      if (aws?.params !== undefined) return unordered(aws.params) === unordered(c.request) ? [] : [{ argv: c.argv.slice(0, 2), request: c.request, aws: aws.params }];
      const error = aws?.error ?? '';
      if (KNOWN_GAPS.some((gap) => gap.test(error.replace(/^exit \d+: /, '')))) return [];
      // The generator may leave out a required member it cannot make (a document, a stream).
      const required = /the following arguments are required: (.*)$/.exec(error)?.[1]?.split(', ') ?? [];
      const absent = required.length > 0 && required.every((option) => !Object.keys(c.request).some((key) => `--${xformName(key)}` === option && c.request[key] !== undefined));
      return absent ? [] : [{ argv: c.argv.slice(0, 2), request: c.request, aws: error.slice(-300) }];
    });
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('gives the same skeletons, and the same answer to them, for operations sampled from all services', async () => {
    const catalogue = JSON.parse(
      python(`
import json, os, botocore, botocore.session
from botocore import xform_name
from awscli.clidriver import create_clidriver, ServiceCommand
s = botocore.session.get_session()
# Commands as the AWS CLI names them (s3api for s3, …); its own commands (s3, configure) aside.
services = [(name, command._service_name) for name, command in create_clidriver()._get_command_table().items() if type(command) is ServiceCommand]
ops = [[name, xform_name(op, '-')] for name, svc in services for op in s.get_service_model(svc).operation_names]
print(json.dumps({'dataDir': os.path.join(os.path.dirname(botocore.__file__), 'data'), 'operations': ops}))
`),
    ) as { dataDir: string; operations: Array<[string, string]> };
    expect(catalogue.operations.length).toBeGreaterThan(10_000);
    const seed = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
    const sample = fc.sample(fc.constantFrom(...catalogue.operations), { numRuns: 80, seed });
    const skeletonArgvs = sample.map(([service, operation]) => [service, operation, '--generate-cli-skeleton']);
    const theirSkeletons = awsOutcomes(skeletonArgvs);
    const ourSkeletons = await ourOutcomes(catalogue.dataDir, skeletonArgvs);
    // The AWS CLI's own skeleton goes back in as --cli-input-json, through both.
    const inputArgvs = sample.flatMap(([service, operation], i) => {
      const skeleton = theirSkeletons[i]?.stdout;
      return skeleton === undefined ? [] : [[service, operation, '--cli-input-json', skeleton]];
    });
    const theirAnswers = awsOutcomes(inputArgvs);
    const ourAnswers = await ourOutcomes(catalogue.dataDir, inputArgvs);
    const mismatches = [
      ...skeletonArgvs.map((argv, i) => [argv, difference(theirSkeletons[i] as AwsOutcome, ourSkeletons[i] as OurOutcome)] as const),
      ...inputArgvs.map((argv, i) => [argv.slice(0, 2), difference(theirAnswers[i] as AwsOutcome, ourAnswers[i] as OurOutcome)] as const),
    ].filter(([, reason]) => reason !== undefined);
    expect(inputArgvs.length).toBeGreaterThan(40);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
