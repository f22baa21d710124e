/**
 * Commands the AWS CLI removes from a service (recorded in src/awscli/v1/recorded-tables.ts): refused as an
 * invalid choice, left out of the choices, the service's help and the editor's completions,
 * though the model has them. The model here is a two-operation bedrock-runtime in a data path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasTarget, availableCommands, commandAliases, isRemovedCommand } from '../../src/awscli/command-table.js';
import { COMMAND_ALIASES, REMOVED_COMMANDS } from '../../src/awscli/v1/recorded-tables.js';
import { analyseScript, completeScript, diagnoseScript } from '../../src/editor/script.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { cleanEnv, run } from './run-helpers.js';

const dataPath = mkdtempSync(join(tmpdir(), 'aws-shorthand-removed-'));
const dir = join(dataPath, 'bedrock-runtime', '2023-09-30');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'service-2.json'),
  JSON.stringify({
    version: '2.0',
    metadata: { apiVersion: '2023-09-30', endpointPrefix: 'bedrock-runtime', protocol: 'rest-json', serviceId: 'Bedrock Runtime', signatureVersion: 'v4', uid: 'bedrock-runtime-2023-09-30' },
    operations: {
      Converse: { name: 'Converse', http: { method: 'POST', requestUri: '/model/{modelId}/converse' }, input: { shape: 'Request' } },
      ConverseStream: { name: 'ConverseStream', http: { method: 'POST', requestUri: '/model/{modelId}/converse-stream' }, input: { shape: 'Request' } },
    },
    shapes: {
      Request: { type: 'structure', required: ['modelId'], members: { modelId: { shape: 'Id', location: 'uri', locationName: 'modelId' } } },
      Id: { type: 'string' },
    },
  }),
);
const env = (): NodeJS.ProcessEnv => cleanEnv({ AWS_DEFAULT_REGION: 'us-east-1', AWS_DATA_PATH: dataPath });

describe('commands the AWS CLI removes', () => {
  it('are recorded for the streaming operations it cannot run', () => {
    expect(REMOVED_COMMANDS.length).toBeGreaterThan(10);
    expect(isRemovedCommand('bedrock-runtime', 'converse-stream')).toBe(true);
    expect(isRemovedCommand('bedrock-runtime', 'converse')).toBe(false);
    expect(isRemovedCommand('sagemaker', 'create-auto-ml-job')).toBe(false);
    expect(availableCommands('ses', ['send-email', 'verify-email-address'])).toEqual(['send-email']);
  });

  it('are refused as an invalid choice, and not listed among the choices', async () => {
    const result = await run(['bedrock-runtime', 'converse-stream', '--model-id', 'm', '--cli-dry-run'], { env: env() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('argument operation: Invalid choice, valid choices are:\n\nconverse ');
    expect(result.stderr).not.toContain('converse-stream ');
    expect(await run(['bedrock-runtime', 'converse', '--model-id', 'm', '--cli-dry-run'], { env: env() })).toMatchObject({ code: 0, stdout: '{\n  "modelId": "m"\n}\n' });
  });

  it('are left out of the service help', async () => {
    const result = await run(['bedrock-runtime', 'help'], { env: env() });
    expect(result.stdout).toContain('o converse\n');
    expect(result.stdout).not.toContain('o converse-stream');
  });

  it('are unknown to the editor and not completed', () => {
    const registry = new ModelRegistry({ dataPath: [dataPath] });
    const script = 'aws bedrock-runtime converse-stream --model-id m\n';
    const codes = diagnoseScript(analyseScript(script, registry)).map((d) => [d.code, script.slice(d.offset, d.offset + d.length)]);
    expect(codes).toEqual([['UNKNOWN_OPERATION', 'converse-stream']]);
    const typed = 'aws bedrock-runtime conv';
    const labels = completeScript(analyseScript(typed, registry), typed.length, registry).map((item) => item.label);
    expect(labels).toEqual(['converse']);
  });

  it('hidden aliases are listed after the operations they name, and stand for them', () => {
    expect(COMMAND_ALIASES.length).toBeGreaterThan(3);
    expect(commandAliases('mturk', ['list-hits-for-qualification-type', 'create-hit'])).toEqual(['list-hi-ts-for-qualification-type']);
    expect(commandAliases('mturk', ['create-hit'])).toEqual([]);
    expect(aliasTarget('mturk', 'list-hi-ts-for-qualification-type')).toBe('list-hits-for-qualification-type');
    expect(aliasTarget('mturk', 'create-hit')).toBe('create-hit');
  });
});
