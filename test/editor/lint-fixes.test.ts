/**
 * The upgrade fixes, proven for real: for each case, the original command runs under AWS CLI v1
 * (`aws` on PATH, awscli 1.45.11) and the fixed one under AWS CLI v2 (Debian's awscli 2.9.19,
 * /usr/bin/aws), both against a stub HTTP endpoint started here that records what arrives; the
 * two must send the same requests (and exit alike). The unfixed command under v2 must differ, so
 * a fix that changes nothing cannot pass. Findings are built here with the upgrade rules' ids and
 * ranges (the rule covers the offending word or option).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { analyseScript } from '../../src/editor/script.js';
import { fixFor } from '../../src/editor/lint/fixes.js';
import { upgradeFindings } from '../../src/editor/lint/upgrade.js';
import type { Finding } from '../../src/editor/lint/finding.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { awsCommand, describeWith, fileReference, itWith, pythonAwsCli, reference } from '../helpers/live.js';
import type { Reference } from '../helpers/live.js';
import { applyEdits } from './helpers.js';

const V2_AWS = '/usr/bin/aws';
/** util-linux's `script`: runs a command on a pseudo-terminal. */
const SCRIPT_COMMAND = '/usr/bin/script';

function botocoreData(): string | undefined {
  const run = spawnSync('python3', ['-c', 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

const DATA = pythonAwsCli().available ? botocoreData() : undefined;
const models = new ModelRegistry({ dataPath: DATA === undefined ? [] : [DATA] });

/** A finding of `rule` over the `nth` occurrence of `needle` in `script`. */
function findingAt(script: string, rule: string, needle: string, nth = 0): Finding {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = script.indexOf(needle, offset + 1);
  if (offset === -1) throw new Error(`${needle} not in ${script}`);
  return { rule, severity: 'warning', message: rule, offset, length: needle.length, command: 0 };
}

/** The script with `finding`'s fix applied (the fix must exist). */
function fixed(script: string, finding: Finding): string {
  const fix = fixFor(finding, analyseScript(script, models));
  if (fix === undefined) throw new Error(`no fix for ${finding.rule}`);
  return applyEdits(script, fix.edits);
}

/* ------------------------------------------------------------------ exact rewrites */

const modelsRef: Reference = reference(DATA !== undefined, 'python3 with botocore (its models) is needed');
const unit = itWith(modelsRef);

describeWith(modelsRef, 'fixFor: the rewrites, quoting kept', () => {
  unit.each([
    // [script, needle the finding covers, expected script]
    ["aws kms encrypt --key-id k --plaintext 'hello world'", "'hello world'", "aws kms encrypt --key-id k --plaintext 'aGVsbG8gd29ybGQ='"],
    ['aws kms encrypt --key-id k --plaintext "héllo $"', '"héllo $"', 'aws kms encrypt --key-id k --plaintext "aMOpbGxvICQ="'],
    ['aws kms encrypt --key-id k \\\n  --plaintext hello \\\n  --output text', 'hello', 'aws kms encrypt --key-id k \\\n  --plaintext aGVsbG8= \\\n  --output text'],
    ['aws kms encrypt --key-id k --plaintext=hi', '--plaintext=hi', 'aws kms encrypt --key-id k --plaintext=aGk='],
    ['aws kms encrypt --key-id k --plaintext "$MSG"', '--plaintext', 'aws kms encrypt --cli-binary-format raw-in-base64-out --key-id k --plaintext "$MSG"'],
    ["aws kinesis put-records --stream-name s --records 'Data=hi there,PartitionKey=k'", 'hi there', "aws kinesis put-records --stream-name s --records 'Data=aGkgdGhlcmU=,PartitionKey=k'"],
    [`aws kinesis put-records --stream-name s --records '[{"Data": "hi", "PartitionKey": "k"}]'`, '"hi"', `aws kinesis put-records --stream-name s --records '[{"Data": "aGk=", "PartitionKey": "k"}]'`],
    [`aws kinesis put-records --stream-name s --records "[{\\"Data\\": \\"hi\\", \\"PartitionKey\\": \\"k\\"}]"`, '\\"hi\\"', `aws kinesis put-records --stream-name s --records "[{\\"Data\\": \\"aGk=\\", \\"PartitionKey\\": \\"k\\"}]"`],
    ['aws kinesis put-records --stream-name s --records Data@=file://d.txt,PartitionKey=k', '--records', 'aws kinesis put-records --cli-binary-format raw-in-base64-out --stream-name s --records Data@=file://d.txt,PartitionKey=k'],
  ])('v2-binary-param: %j', (script, needle, expected) => {
    expect(fixed(script, findingAt(script, 'v2-binary-param', needle))).toBe(expected);
  });

  unit('v2-binary-param: every blob finding of a command that needs the option gets the same edit', () => {
    const script = 'aws kinesis put-records --stream-name s --records Data=a,PartitionKey=k "Data=$X,PartitionKey=k"';
    const first = fixFor(findingAt(script, 'v2-binary-param', 'a'), analyseScript(script, models));
    const second = fixFor(findingAt(script, 'v2-binary-param', '$X'), analyseScript(script, models));
    expect(first?.edits).toEqual(second?.edits);
    expect(applyEdits(script, first?.edits ?? [])).toBe(script.replace('put-records', 'put-records --cli-binary-format raw-in-base64-out'));
  });

  unit('v2-binary-param: nothing to do for fileb:// or where v2 already reads raw text', () => {
    const script = 'aws kms encrypt --key-id k --plaintext fileb://x.bin';
    expect(fixFor(findingAt(script, 'v2-binary-param', 'fileb://x.bin'), analyseScript(script, models))).toBeUndefined();
    const raw = 'aws kms encrypt --cli-binary-format raw-in-base64-out --key-id k --plaintext hi';
    expect(fixFor(findingAt(raw, 'v2-binary-param', 'hi'), analyseScript(raw, models))).toBeUndefined();
  });

  unit.each([
    ['aws storagegateway describe-tapes --gateway-arn g --tape-ar-ns a b', '--tape-ar-ns', 'aws storagegateway describe-tapes --gateway-arn g --tape-arns a b'],
    ['aws iam enable-mfa-device --user-name u --serial-number s --authentication-code-1 1 --authentication-code-2=2', '--authentication-code-1', 'aws iam enable-mfa-device --user-name u --serial-number s --authentication-code1 1 --authentication-code-2=2'],
    ['aws iam enable-mfa-device --user-name u --serial-number s --authentication-code-1 1 --authentication-code-2=2', 'enable-mfa-device', 'aws iam enable-mfa-device --user-name u --serial-number s --authentication-code1 1 --authentication-code2=2'],
    ["aws mturk 'list-hi-ts-for-qualification-type' --qualification-type-id q", 'list-hi-ts-for-qualification-type', "aws mturk 'list-hits-for-qualification-type' --qualification-type-id q"],
  ])('v2-alias: %j', (script, needle, expected) => {
    expect(fixed(script, findingAt(script, 'v2-alias', needle))).toBe(expected);
  });

  unit('v2-alias: no fix where the command uses the names v2 knows (v2-debug also warns on those)', () => {
    const script = 'aws storagegateway describe-tapes --gateway-arn g --tape-arns a';
    expect(fixFor(findingAt(script, 'v2-alias', '--tape-arns'), analyseScript(script, models))).toBeUndefined();
  });

  unit('v2-cfn-empty-changeset: adds --fail-on-empty-changeset, unless the script chose', () => {
    const script = 'aws cloudformation deploy \\\n  --template-file t.yaml --stack-name s';
    expect(fixed(script, findingAt(script, 'v2-cfn-empty-changeset', 'deploy'))).toBe('aws cloudformation deploy --fail-on-empty-changeset \\\n  --template-file t.yaml --stack-name s');
    const chosen = 'aws cloudformation deploy --template-file t.yaml --stack-name s --no-fail-on-empty-changeset';
    expect(fixFor(findingAt(chosen, 'v2-cfn-empty-changeset', 'deploy'), analyseScript(chosen, models))).toBeUndefined();
  });

  unit('v2-pager: AWS_PAGER="" after the #! line', () => {
    const script = '#!/bin/bash\nset -e\naws s3 ls\n';
    expect(fixed(script, { rule: 'v2-pager', severity: 'info', message: 'pager', offset: 12, length: 0 })).toBe('#!/bin/bash\nexport AWS_PAGER=""\nset -e\naws s3 ls\n');
    expect(fixed('aws s3 ls', { rule: 'v2-pager', severity: 'info', message: 'pager', offset: 0, length: 3 })).toBe('export AWS_PAGER=""\naws s3 ls');
  });

  unit.each([['v2-paramfile'], ['v2-ecr-get-login'], ['v2-skeleton-paging'], ['v2-s3-copy-metadata'], ['v2-timestamp'], ['v2-exit-status']])('%s: no mechanical fix', (rule) => {
    const script = 'aws ecr get-login --no-include-email';
    expect(fixFor(findingAt(script, rule, 'get-login'), analyseScript(script, models))).toBeUndefined();
  });
});

describeWith(modelsRef, 'fixFor on the upgrade rules\' own findings', () => {
  // The findings upgrade.ts reports (their ranges as it draws them) get the fixes proven below.
  unit.each([
    ["aws kms encrypt --key-id k --plaintext 'hello world'", 'v2-binary-param', "aws kms encrypt --key-id k --plaintext 'aGVsbG8gd29ybGQ='"],
    ['aws kms encrypt --key-id k --plaintext "$MSG"', 'v2-binary-param', 'aws kms encrypt --cli-binary-format raw-in-base64-out --key-id k --plaintext "$MSG"'],
    ["aws kinesis put-records --stream-name s --records 'Data=hi there,PartitionKey=k'", 'v2-binary-param', "aws kinesis put-records --stream-name s --records 'Data=aGkgdGhlcmU=,PartitionKey=k'"],
    ['aws kinesis put-records --stream-name s --records Data=a,PartitionKey=k "Data=$X,PartitionKey=k"', 'v2-binary-param', 'aws kinesis put-records --cli-binary-format raw-in-base64-out --stream-name s --records Data=a,PartitionKey=k "Data=$X,PartitionKey=k"'],
    ['aws storagegateway describe-tapes --gateway-arn g --tape-ar-ns a b', 'v2-alias', 'aws storagegateway describe-tapes --gateway-arn g --tape-arns a b'],
    ['aws cloudformation deploy --template-file t.yaml --stack-name s', 'v2-cfn-empty-changeset', 'aws cloudformation deploy --fail-on-empty-changeset --template-file t.yaml --stack-name s'],
    ['aws kms list-keys', 'v2-pager', 'export AWS_PAGER=""\naws kms list-keys'],
  ])('%s → %s', (script, rule, expected) => {
    const analysis = analyseScript(script, models);
    const found = upgradeFindings(analysis, { dialect: 'v1', upgrade: true }).filter((finding) => finding.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    const fix = found[0] === undefined ? undefined : fixFor(found[0], analysis);
    expect(applyEdits(script, fix?.edits ?? [])).toBe(expected);
  });
});

/* ------------------------------------------------------------------ proven against both AWS CLIs */

/** One request as the stub saw it. */
interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly target: string | undefined;
  readonly body: string;
}

const both: Reference = (() => {
  const v1 = awsCommand();
  if (!v1.available) return v1;
  const v2 = fileReference(V2_AWS);
  if (!v2.available) return v2;
  const version = spawnSync(V2_AWS, ['--version'], { encoding: 'utf8' });
  return reference(version.status === 0 && version.stdout.startsWith('aws-cli/2.'), `${V2_AWS} --version says ${version.stdout.trim() || version.stderr.trim()}, not aws-cli/2.x`);
})();

describeWith(both, 'fixFor: the original under v1 and the fix under v2 send the same requests', () => {
  let work = '';
  let v2Bin = '';
  /** Answers by operation: the body and status the stub returns (default `{}`, 200). */
  let answer: (request: Recorded) => { status: number; body: string; type: string } = () => ({ status: 200, body: '{}', type: 'application/x-amz-json-1.1' });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'fixhints-'));
    v2Bin = join(work, 'v2bin');
    mkdirSync(v2Bin);
    symlinkSync(V2_AWS, join(v2Bin, 'aws'));
    writeFileSync(join(work, 'd.txt'), 'file text\n');
    writeFileSync(join(work, 't.yaml'), 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** A stub endpoint of its own for one run (so runs can go side by side), recording what arrives. */
  const stub = async (): Promise<{ server: Server; port: number; requests: Recorded[] }> => {
    const requests: Recorded[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const target = req.headers['x-amz-target'];
        const recorded: Recorded = { method: req.method ?? '', path: req.url ?? '', target: typeof target === 'string' ? target : undefined, body: Buffer.concat(chunks).toString('utf8') };
        requests.push(recorded);
        const reply = answer(recorded);
        res.writeHead(reply.status, { 'content-type': reply.type });
        res.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return { server, port: typeof address === 'object' && address !== null ? address.port : 0, requests };
  };

  /** Run `script` with bash under v1 or v2; the requests it sent and its exit status. */
  const run = async (script: string, version: 'v1' | 'v2', pty = false): Promise<{ requests: Recorded[]; status: number | null; stderr: string; stdout: string }> => {
    const { server, port, requests } = await stub();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: version === 'v2' ? `${v2Bin}:${process.env['PATH'] ?? ''}` : (process.env['PATH'] ?? ''),
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
      AWS_MAX_ATTEMPTS: '1',
      EP: `http://127.0.0.1:${port}`,
      MSG: 'from the environment',
    };
    let child;
    if (pty) {
      // A terminal for the AWS CLI (v2 pages only to one), with a pager that marks what it shows.
      delete env['AWS_PAGER'];
      env['PAGER'] = 'sed s/^/PAGED:/';
      const file = join(work, `pty-${port}.sh`);
      writeFileSync(file, script);
      child = spawn(SCRIPT_COMMAND, ['-qec', `bash ${file}`, '/dev/null'], { cwd: work, env });
    } else {
      child = spawn('bash', ['-c', script], { cwd: work, env });
    }
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return { requests, status, stderr, stdout: stdout.replaceAll('\r\n', '\n') };
  };

  /** The requests as compared: method, path, target and the body (parsed when JSON). */
  const comparable = (list: readonly Recorded[]): unknown[] =>
    list.map((r) => {
      let body: unknown = r.body;
      try {
        body = JSON.parse(r.body);
      } catch {
        body = r.body;
      }
      return { method: r.method, path: r.path, target: r.target, body };
    });

  /** The proof for one case: v1(original) ≡ v2(fixed) ≢ v2(original). */
  const prove = async (script: string, finding: Finding, compare = comparable): Promise<string> => {
    const after = fixed(script, finding);
    const [original, repaired, unrepaired] = await Promise.all([run(script, 'v1'), run(after, 'v2'), run(script, 'v2')]);
    expect(original.requests.length, original.stderr).toBeGreaterThan(0);
    expect(compare(repaired.requests), repaired.stderr).toEqual(compare(original.requests));
    expect(repaired.status).toBe(original.status);
    expect({ requests: compare(unrepaired.requests), status: unrepaired.status }).not.toEqual({ requests: compare(original.requests), status: original.status });
    return after;
  };

  const live = itWith(both);
  const timeout = 60_000;

  live.each([
    ["aws --endpoint-url $EP kms encrypt --key-id k --plaintext 'hello world'", "'hello world'"],
    ['aws --endpoint-url "$EP" kms encrypt --key-id k \\\n  --plaintext "héllo wörld" \\\n  --output json', '"héllo wörld"'],
    ['aws --endpoint-url $EP kms encrypt --key-id k --plaintext=hi', '--plaintext=hi'],
    ['aws --endpoint-url $EP kms encrypt --key-id k --plaintext "$MSG"', '--plaintext'],
    ['aws --endpoint-url $EP kinesis put-record --stream-name s --partition-key k --data file://d.txt', 'file://d.txt'],
    ["aws --endpoint-url $EP kinesis put-records --stream-name s --records 'Data=hi there,PartitionKey=k' Data=two,PartitionKey=k", '--records'],
    [`aws --endpoint-url $EP kinesis put-records --stream-name s --records '[{"Data": "hi", "PartitionKey": "k"}, {"Data": "ü", "PartitionKey": "k"}]'`, '--records'],
    ['aws --endpoint-url $EP kinesis put-records --stream-name s --records Data=a,PartitionKey=k "Data=$MSG,PartitionKey=k"', 'a'],
  ])('v2-binary-param: %j', { timeout }, async (script, needle) => {
    await prove(script, findingAt(script, 'v2-binary-param', needle));
  });

  live('v2-alias: a hidden option alias v2 removed', { timeout }, async () => {
    const script = 'aws --endpoint-url $EP storagegateway describe-tapes --gateway-arn arn:aws:storagegateway:us-east-1:123456789012:gateway/sgw-12A3456B --tape-ar-ns arn:aws:storagegateway:us-east-1:123456789012:tape/TEST0001';
    const after = await prove(script, findingAt(script, 'v2-alias', '--tape-ar-ns'));
    expect(after).toContain('--tape-arns ');
  });

  itWith(fileReference(SCRIPT_COMMAND))('v2-pager: on a terminal, the fixed script is not paged under v2, as v1 never pages', { timeout }, async () => {
    answer = () => ({ status: 200, body: '{"Keys": [{"KeyId": "k"}]}', type: 'application/x-amz-json-1.1' });
    try {
      const script = '#!/bin/bash\naws --endpoint-url $EP kms list-keys\n';
      const after = fixed(script, { rule: 'v2-pager', severity: 'info', message: 'pager', offset: 12, length: 0 });
      const [original, repaired, unrepaired] = await Promise.all([run(script, 'v1', true), run(after, 'v2', true), run(script, 'v2', true)]);
      expect(original.stdout).toContain('"KeyId": "k"');
      expect(repaired.stdout).toBe(original.stdout);
      expect(unrepaired.stdout).toContain('PAGED:');
    } finally {
      answer = () => ({ status: 200, body: '{}', type: 'application/x-amz-json-1.1' });
    }
  });

  live('v2-cfn-empty-changeset: an empty change set fails under v2 as under v1', { timeout }, async () => {
    // CloudFormation's query protocol: the stack exists, the change set is empty (FAILED, no changes).
    answer = (request) => {
      const action = /Action=(\w+)/.exec(request.body)?.[1] ?? '';
      const xml = (inner: string): { status: number; body: string; type: string } => ({
        status: 200,
        type: 'text/xml',
        body: `<${action}Response xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><${action}Result>${inner}</${action}Result></${action}Response>`,
      });
      if (action === 'DescribeStacks') return xml('<Stacks><member><StackName>s</StackName><StackId>id</StackId><StackStatus>CREATE_COMPLETE</StackStatus><CreationTime>2020-01-01T00:00:00Z</CreationTime></member></Stacks>');
      if (action === 'GetTemplateSummary') return xml('<Parameters/>');
      if (action === 'CreateChangeSet') return xml('<Id>arn:aws:cloudformation:us-east-1:123456789012:changeSet/c/1</Id><StackId>id</StackId>');
      if (action === 'DescribeChangeSet') return xml("<ChangeSetName>c</ChangeSetName><StackName>s</StackName><Status>FAILED</Status><StatusReason>The submitted information didn't contain changes. Submit different information to create a change set.</StatusReason><ExecutionStatus>UNAVAILABLE</ExecutionStatus><Changes/>");
      return xml('');
    };
    try {
      const script = 'aws --endpoint-url $EP cloudformation deploy \\\n  --template-file t.yaml --stack-name s';
      // The change set's name and description carry the time: compare the calls and their other parameters.
      const calls = (list: readonly Recorded[]): unknown[] =>
        list.map((r) => {
          const params = new URLSearchParams(r.body);
          return [...params.entries()].filter(([key]) => !/ChangeSetName|ClientToken|Description/.test(key)).sort();
        });
      const after = await prove(script, findingAt(script, 'v2-cfn-empty-changeset', 'deploy'), calls);
      expect(after).toContain('deploy --fail-on-empty-changeset');
    } finally {
      answer = () => ({ status: 200, body: '{}', type: 'application/x-amz-json-1.1' });
    }
  });
});
