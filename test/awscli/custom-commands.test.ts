/**
 * The AWS CLI's own commands (recorded from awscli into src/awscli/v1/custom-commands.ts): looked
 * up by their words, and understood by the editor's script analysis instead of being reported
 * as unknown operations.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { customCommand, customCommandNames } from '../../src/awscli/custom-commands.js';
import { analyseScript, completeScript, diagnoseScript } from '../../src/editor/script.js';
import { bundledRegistry } from '../../src/model/registry.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { ROOT } from '../helpers/corpus.js';

const registry = bundledRegistry();
const models = {
  findOperation: (service: string, operation: string) => registry.findOperation(service, operation),
  serviceNames: () => registry.serviceNames(),
  operationNames: (service: string) => registry.operationNames(service),
  findService: (service: string) => registry.service(service),
};

function diagnosticsOf(script: string): Array<{ code: string; message: string; text: string; severity: string }> {
  return diagnoseScript(analyseScript(script, models)).map((d) => ({
    code: d.code,
    message: d.message,
    text: script.slice(d.offset, d.offset + d.length),
    severity: d.severity,
  }));
}

describe('the recorded custom commands', () => {
  it('finds commands by their words, the longest match', () => {
    expect(customCommand(['s3', 'cp', 'a', 'b'])?.path).toEqual(['s3', 'cp']);
    expect(customCommand(['cloudformation', 'deploy'])?.path).toEqual(['cloudformation', 'deploy']);
    expect(customCommand(['ecr', 'get-login'])?.arguments.map((a) => a.name)).toEqual(['registry-ids', 'include-email', 'no-include-email']);
    expect(customCommand(['configure', 'set'])?.path).toEqual(['configure', 'set']);
    expect(customCommand(['sagemaker', 'create-auto-ml-job'])).toBeUndefined();
  });

  it('knows their arguments: positionals, flags, choices, required', () => {
    const cp = customCommand(['s3', 'cp']);
    const byName = new Map(cp?.arguments.map((a) => [a.name, a]));
    expect(byName.get('paths')).toMatchObject({ positional: true, nargs: '2' });
    expect(byName.get('recursive')).toMatchObject({ flag: true });
    expect(byName.get('storage-class')?.choices).toContain('GLACIER');
    const deploy = customCommand(['cloudformation', 'deploy']);
    expect(deploy?.arguments.filter((a) => a.required === true).map((a) => a.name)).toEqual(['template-file', 'stack-name']);
  });

  it('lists the command names under a service and at the top', () => {
    expect(customCommandNames([])).toEqual(expect.arrayContaining(['s3', 'configure', 'history']));
    expect(customCommandNames(['ecr'])).toEqual(['get-login', 'get-login-password']);
    expect(customCommandNames(['s3'])).toEqual(['ls', 'website', 'cp', 'mv', 'rm', 'sync', 'mb', 'rb', 'presign']);
  });
});

describe('scripts using them', () => {
  it('are not unknown operations, and their options are checked', () => {
    expect(diagnosticsOf('aws s3 cp a.txt s3://b/k --recursive --quiet\n')).toEqual([]);
    expect(diagnosticsOf('aws s3 cp a s3://b/k --recursiv\n')).toEqual([
      { code: 'UNKNOWN_OPTION', message: 'Unknown option --recursiv for s3 cp', text: '--recursiv', severity: 'warning' },
    ]);
    expect(diagnosticsOf('aws s3 copy a b\n')).toEqual([
      { code: 'UNKNOWN_OPERATION', message: "Unknown operation 'copy' for service s3", text: 'copy', severity: 'error' },
    ]);
  });

  it('report missing required options', () => {
    expect(diagnosticsOf('aws cloudformation deploy --template-file t.yaml\n')).toEqual([
      { code: 'MISSING_OPTION', message: 'the following arguments are required: --stack-name', text: 'deploy', severity: 'warning' },
    ]);
    expect(diagnosticsOf('aws cloudformation deploy --template-file t.yaml --stack-name s --region eu-west-1\n')).toEqual([]);
  });

  it('are proposed with the services and operations', () => {
    const script = 'aws s\n';
    const services = completeScript(analyseScript(script, models), 5, models).map((item) => item.label);
    expect(services).toContain('s3');
    const ecr = 'aws sagemaker \n';
    const operations = completeScript(analyseScript(ecr, models), 14, models).map((item) => item.label);
    expect(operations).toContain('create-auto-ml-job');
  });
});

describeWith(pythonAwsCli(), 'against the installed AWS CLI', () => {
  it('the recorded table is what awscli declares', () => {
    const result = spawnSync('python3', ['scripts/record-custom-commands.py', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 150_000);
});
