/**
 * The upgrade rules one by one: which rule fires, on which text of the script, whether it is one
 * `aws --v2-debug` prints (scored) or one found beyond it (`nested`). The models are the trimmed
 * botocore copies of ./fixtures/models (written by scripts/record-v2-debug.py).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseScript } from '../../../src/editor/script.js';
import { UPGRADE_RULES, upgradeFindings } from '../../../src/editor/lint/upgrade.js';
import type { LintContext } from '../../../src/editor/lint/finding.js';
import { ModelRegistry } from '../../../src/model/registry.js';
import { v1LoadsParamfile } from '../../../src/awscli/v2-migration.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/models', import.meta.url));
const registry = new ModelRegistry({ dataPath: [FIXTURES] });
const CONTEXT: LintContext = { dialect: 'v1', upgrade: true };

/** `[rule, text the finding covers, nested]` for each finding, pager left out unless asked. */
function lint(script: string, options: { pager?: boolean; context?: LintContext } = {}): Array<[string, string, boolean]> {
  const findings = upgradeFindings(analyseScript(script, registry), options.context ?? CONTEXT);
  return findings
    .filter((finding) => options.pager === true || finding.rule !== 'v2-pager')
    .map((finding) => [finding.rule, script.slice(finding.offset, finding.offset + finding.length), finding.nested === true]);
}

describe('upgrade rules', () => {
  it('run only when asked for', () => {
    expect(upgradeFindings(analyseScript('aws kms encrypt --key-id k --plaintext hi', registry), { dialect: 'v1', upgrade: false })).toEqual([]);
  });

  it('describe every rule with a migration anchor, ids unique', () => {
    const ids = UPGRADE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of UPGRADE_RULES) {
      expect(rule.migration).toMatch(/^cliv2-migration-[a-z0-9-]+$/);
      expect(rule.family).toBe('upgrade');
    }
  });

  describe('pager (v2-pager)', () => {
    it('is reported once per file, on the first command that runs without AWS_PAGER', () => {
      const script = 'AWS_PAGER= aws sts get-caller-identity\naws iam list-users\naws iam list-users\n';
      const pager = lint(script, { pager: true }).filter(([rule]) => rule === 'v2-pager');
      expect(pager).toEqual([['v2-pager', 'aws', false]]);
      const findings = upgradeFindings(analyseScript(script, registry), CONTEXT).filter((finding) => finding.rule === 'v2-pager');
      expect(findings.map((finding) => finding.command)).toEqual([1]);
    });

    it('is not reported when the script exports AWS_PAGER, or every command sets it or --no-cli-pager', () => {
      expect(lint('export AWS_PAGER=""\naws iam list-users\n', { pager: true }).filter(([rule]) => rule === 'v2-pager')).toEqual([]);
      expect(lint('AWS_PAGER="" aws iam list-users\naws iam list-users --no-cli-pager\n', { pager: true }).filter(([rule]) => rule === 'v2-pager')).toEqual([]);
    });

    it('is not reported for a service v1 does not know (its parser stops first)', () => {
      expect(lint('aws nosuchservice op\n', { pager: true })).toEqual([]);
    });
  });

  describe('blobs (v2-binary-param)', () => {
    it('reports a top-level blob option as v2-debug does, on the option and its value', () => {
      expect(lint('aws kms encrypt --key-id k --plaintext hello')).toEqual([['v2-binary-param', '--plaintext hello', false]]);
    });

    it('reads the word after a single-valued option as the output file, not as its value', () => {
      expect(lint('aws lambda invoke --function-name f --payload file://p.json out.json')).toEqual([
        ['v2-binary-param', '--payload file://p.json out.json', false],
        ['v2-paramfile-local', 'file://p.json', false],
      ]);
    });

    it('does not report a command v1 refuses for a stray word (its parser stops first)', () => {
      expect(lint('aws kms encrypt --key-id k extra --plaintext hello')).toEqual([]);
    });

    it('does not report an empty blob value (v1 does not warn for it)', () => {
      expect(lint("aws kms encrypt --key-id k --plaintext ''")).toEqual([]);
    });

    it('reports blobs nested in shorthand and JSON as nested', () => {
      expect(lint('aws firehose put-record --delivery-stream-name d --record Data=hello')).toEqual([['v2-binary-param', 'Data=hello', true]]);
      expect(lint(`aws firehose put-record --delivery-stream-name d --record '{"Data": "aGk="}'`)).toEqual([['v2-binary-param', `'{"Data": "aGk="}'`, true]]);
      expect(lint(`aws dynamodb put-item --table-name t --item '{"a": {"B": "aGk="}}'`)).toEqual([['v2-binary-param', `'{"a": {"B": "aGk="}}'`, true]]);
      expect(lint('aws firehose put-record-batch --delivery-stream-name d --records Data=a Data=b')).toEqual([
        ['v2-binary-param', 'Data=a', true],
        ['v2-binary-param', 'Data=b', true],
      ]);
    });

    it('reports blobs given in inline --cli-input-json as nested', () => {
      expect(lint(`aws kms encrypt --cli-input-json '{"KeyId": "k", "Plaintext": "hello"}'`)).toEqual([
        ['v2-binary-param', `'{"KeyId": "k", "Plaintext": "hello"}'`, true],
      ]);
    });

    it('names the nested member path in the message', () => {
      const [finding] = upgradeFindings(analyseScript(`aws dynamodb put-item --table-name t --item '{"a": {"B": "aGk="}}'`, registry), CONTEXT).filter((f) => f.rule !== 'v2-pager');
      expect(finding?.message).toContain('a.B');
    });

    it('leaves a structure without text in a blob alone', () => {
      expect(lint(`aws rekognition detect-labels --image '{"S3Object": {"Bucket": "b", "Name": "n"}}'`)).toEqual([]);
    });
  });

  describe('hidden aliases', () => {
    const gateway = '--gateway-arn arn:aws:storagegateway:us-west-2:123456789012:gateway/sgw-12A3456B';
    it('reports an alias v2 removed (v2-alias), which v2-debug does not', () => {
      expect(lint(`aws storagegateway describe-tapes ${gateway} --tape-ar-ns a`)).toEqual([['v2-alias', '--tape-ar-ns', true]]);
      const [finding] = upgradeFindings(analyseScript(`aws storagegateway describe-tapes ${gateway} --tape-ar-ns a`, registry), CONTEXT).filter((f) => f.rule === 'v2-alias');
      expect(finding?.message).toContain('--tape-arns');
    });

    it("reproduces v2-debug's warning on the real name as an info finding (v2-alias-debug)", () => {
      const findings = upgradeFindings(analyseScript(`aws storagegateway describe-tapes ${gateway} --tape-arns a`, registry), CONTEXT).filter((f) => f.rule !== 'v2-pager');
      expect(findings.map((f) => [f.rule, f.severity, f.migration, f.nested])).toEqual([['v2-alias-debug', 'info', 'cliv2-migration-aliases', undefined]]);
    });
  });

  describe('parameter files', () => {
    it('reports http(s):// values (v2-paramfile) and file:// values as v2-debug does (v2-paramfile-local, info)', () => {
      // CreatePolicy's answer has timestamps too.
      expect(lint('aws iam create-policy --policy-name p --policy-document https://example.com/p.json')).toEqual([
        ['v2-timestamp', 'create-policy', false],
        ['v2-paramfile', 'https://example.com/p.json', false],
      ]);
      expect(lint('aws iam create-policy --policy-name p --policy-document file://policy.json')).toEqual([
        ['v2-timestamp', 'create-policy', false],
        ['v2-paramfile-local', 'file://policy.json', false],
      ]);
    });

    it('skips options v1 exempts from loading, and files that do not exist (v1 fails first)', () => {
      expect(v1LoadsParamfile('cloudformation', 'create-stack', 'template-url')).toBe(false);
      expect(v1LoadsParamfile('s3api', 'put-object', 'website-redirect-location')).toBe(false);
      expect(v1LoadsParamfile('iam', 'create-policy', 'policy-document')).toBe(true);
      expect(lint('aws cloudformation create-stack --stack-name s --template-url https://s3.amazonaws.com/b/t.yml')).toEqual([]);
      const context: LintContext = { ...CONTEXT, fileExists: (path) => path === 'there.json' };
      expect(lint('aws iam create-policy --policy-name p --policy-document file://missing.json', { context })).toEqual([]);
      expect(lint('aws iam create-policy --policy-name p --policy-document file://there.json', { context })).toEqual([
        ['v2-timestamp', 'create-policy', false],
        ['v2-paramfile-local', 'file://there.json', false],
      ]);
    });
  });

  describe('timestamps', () => {
    it('reports a response with timestamps on the operation word (v2-timestamp)', () => {
      expect(lint('aws iam list-users')).toEqual([['v2-timestamp', 'list-users', false]]);
      expect(lint('aws sts get-caller-identity')).toEqual([]);
    });

    it('does not report a command that fails before it gets an answer', () => {
      expect(lint('aws sts assume-role --role-arn arn:aws:iam::123456789012:role/R --role-session-name s')).toEqual([]);
      expect(lint('aws iam list-users --generate-cli-skeleton')).toEqual([]);
    });

    it('reports --query reading a timestamp and text output as nested (v2-timestamp-output)', () => {
      expect(lint("aws ec2 describe-instances --query 'Reservations[].Instances[].LaunchTime'")).toEqual([
        ['v2-timestamp', 'describe-instances', false],
        ['v2-timestamp-output', "'Reservations[].Instances[].LaunchTime'", true],
      ]);
      expect(lint("aws iam list-users --query 'Users[].UserName'")).toEqual([['v2-timestamp', 'list-users', false]]);
      expect(lint('aws iam list-users --output text')).toEqual([
        ['v2-timestamp', 'list-users', false],
        ['v2-timestamp-output', 'text', true],
      ]);
    });
  });

  describe("the AWS CLI's own commands", () => {
    it('ecr get-login', () => {
      expect(lint('AWS_PAGER= aws ecr get-login').map(([rule, text]) => [rule, text])).toEqual([
        ['v2-ecr-get-login', 'get-login'],
        ['v2-timestamp', 'get-login'],
      ]);
    });

    it('cloudformation deploy, unless --no-fail-on-empty-changeset is the last word on it', () => {
      const deploy = 'aws cloudformation deploy --template-file t.yml --stack-name s';
      expect(lint(deploy).map(([rule]) => rule)).toEqual(['v2-cfn-empty-changeset', 'v2-timestamp']);
      expect(lint(`${deploy} --no-fail-on-empty-changeset`).map(([rule]) => rule)).toEqual(['v2-timestamp']);
      expect(lint(`${deploy} --no-fail-on-empty-changeset --fail-on-empty-changeset`).map(([rule]) => rule)).toEqual(['v2-cfn-empty-changeset', 'v2-timestamp']);
    });

    it('s3 transfers: copies between buckets, uploads without --checksum-algorithm', () => {
      expect(lint('aws s3 cp s3://a/b s3://c/d').map(([rule]) => rule)).toEqual(['v2-s3-copy-metadata', 'v2-timestamp']);
      expect(lint('aws s3 cp --quiet x.txt s3://c/d').map(([rule]) => rule)).toEqual(['v2-checksums']);
      expect(lint('aws s3 cp x.txt s3://c/d --checksum-algorithm CRC32')).toEqual([]);
      expect(lint('aws s3 rm s3://c/d')).toEqual([]);
    });
  });

  describe('environment', () => {
    it('PYTHONUTF8 / PYTHONIOENCODING without AWS_CLI_FILE_ENCODING (v2-encoding-env)', () => {
      expect(lint('export PYTHONUTF8=1\naws sts get-caller-identity\n')).toEqual([['v2-encoding-env', 'aws', false]]);
      expect(lint('PYTHONIOENCODING=utf-8 aws sts get-caller-identity')).toEqual([['v2-encoding-env', 'aws', false]]);
      expect(lint('PYTHONUTF8=1 AWS_CLI_FILE_ENCODING=utf-8 aws sts get-caller-identity')).toEqual([]);
      // An assignment after the command does not reach it.
      expect(lint('aws sts get-caller-identity\nexport PYTHONUTF8=1\n')).toEqual([]);
    });

    it("S3 calls in us-east-1 reach the global endpoint (v2-s3-regional-endpoint)", () => {
      expect(lint('aws s3api list-buckets --region us-east-1')).toEqual([
        ['v2-timestamp', 'list-buckets', false],
        ['v2-s3-regional-endpoint', 'us-east-1', false],
      ]);
      expect(lint('AWS_DEFAULT_REGION=us-east-1 aws s3 mb s3://b')).toEqual([['v2-s3-regional-endpoint', 'aws', false]]);
      expect(lint('aws s3api list-buckets --region us-east-1 --endpoint-url http://localhost:9000').map(([rule]) => rule)).toEqual(['v2-timestamp']);
      expect(lint('aws s3api list-buckets --region eu-west-1').map(([rule]) => rule)).toEqual(['v2-timestamp']);
    });
  });

  describe('exit statuses (v2-exit-status)', () => {
    it('reports a test of $? for 255 right after an aws command, as nested, on the test', () => {
      expect(lint('aws sts get-caller-identity\nif [ $? -eq 255 ]; then echo failed; fi\n')).toEqual([['v2-exit-status', '$? -eq 255', true]]);
      expect(lint('aws sts get-caller-identity\n[[ "$?" == 255 ]] && exit 1\n')).toEqual([['v2-exit-status', '"$?" == 255', true]]);
    });

    it('does not report a test after another command, or of another status', () => {
      expect(lint('aws sts get-caller-identity\necho hi\nif [ $? -eq 255 ]; then :; fi\n')).toEqual([]);
      expect(lint('aws sts get-caller-identity\nif [ $? -eq 254 ]; then :; fi\n')).toEqual([]);
    });
  });
});
