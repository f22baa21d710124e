/**
 * Command lines for what the AWS CLI's argument table makes of an operation: members whose
 * option names the paging options take, streaming blobs (a file path on the command line),
 * operation names that differ on the wire, and commands the AWS CLI removes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRenderCommand } from '../../src/cli/commands/render-command.js';
import { awsCliOptionHooks } from '../../src/awscli/option-rules.js';
import type { BotocoreModelJson } from '../../src/model/loaders/botocore.js';
import { modelFromBotocore } from '../../src/model/loaders/botocore.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';

const json: BotocoreModelJson = {
  metadata: { apiVersion: '2020-01-01', endpointPrefix: 'gadgets', protocol: 'rest-json', serviceId: 'Gadgets', signatureVersion: 'v4' },
  operations: {
    ListGadgets: { name: 'ListGadgets', http: { method: 'GET', requestUri: '/' }, input: { shape: 'ListInput' }, output: { shape: 'ListOutput' }, paginator: { input_token: 'nextToken', output_token: 'nextToken', result_key: 'items' } },
    PutGadget: { name: 'PutGadget2020_01_01', http: { method: 'PUT', requestUri: '/g' }, input: { shape: 'PutInput' } },
    GetGadget: { name: 'GetGadget', http: { method: 'GET', requestUri: '/g' }, input: { shape: 'GetInput' }, output: { shape: 'GetOutput' } },
  },
  shapes: {
    ListInput: { type: 'structure', members: { nextToken: { shape: 'Text' }, pageSize: { shape: 'Count' }, MaxItems: { shape: 'Count' }, Filter: { shape: 'Text' } } },
    ListOutput: { type: 'structure', members: { items: { shape: 'Texts' }, nextToken: { shape: 'Text' } } },
    PutInput: { type: 'structure', required: ['Body'], members: { Name: { shape: 'Text' }, Body: { shape: 'Stream' } } },
    GetInput: { type: 'structure', members: { Name: { shape: 'Text' }, Note: { shape: 'Text' }, Tags: { shape: 'Texts' } } },
    GetOutput: { type: 'structure', payload: 'Body', members: { Body: { shape: 'Bytes' }, Kind: { shape: 'Text' } } },
    Bytes: { type: 'blob' },
    Stream: { type: 'blob', streaming: true },
    Text: { type: 'string' },
    Texts: { type: 'list', member: { shape: 'Text' } },
    Count: { type: 'integer' },
  },
} as unknown as BotocoreModelJson;
const model = modelFromBotocore(json, { serviceName: 'gadgets' });

describe('command lines as the AWS CLI reads them', () => {
  it('puts members named like the paging options into --cli-input-json, with a note', () => {
    const rendered = toCommandArgs('gadgets', 'ListGadgets', { nextToken: 't', pageSize: 5, MaxItems: 7, Filter: 'f' }, model, awsCliOptionHooks('gadgets', model, 'ListGadgets'));
    expect(rendered.argv.slice(1)).toEqual(['gadgets', 'list-gadgets', '--next-token', 't', '--filter', 'f', '--cli-input-json', '{"pageSize":5,"MaxItems":7}']);
    expect(rendered.notes.map((note) => [note.member, note.reason])).toEqual([
      ['pageSize', "--page-size is one of the AWS CLI's paging options on this operation"],
      ['MaxItems', "--max-items is one of the AWS CLI's paging options on this operation"],
    ]);
  });

  it('takes the CLI name from the operation key, and sends a streaming blob through --cli-input-json', () => {
    const rendered = toCommandArgs('gadgets', 'put-gadget', { Name: 'n', Body: 'bytes' }, model, awsCliOptionHooks('gadgets', model, 'put-gadget'));
    expect(rendered.argv.slice(1)).toEqual(['gadgets', 'put-gadget', '--name', 'n', '--cli-input-json', '{"Body":"bytes"}']);
    expect(rendered.notes[0]?.reason).toBe('the AWS CLI takes a file path for a streaming blob option');
  });

  it('ends with the outfile a payload output is saved to, and has no --cli-input-json to fall back on', () => {
    const hooks = awsCliOptionHooks('gadgets', model, 'GetGadget');
    expect(toCommandArgs('gadgets', 'GetGadget', { Name: 'n' }, model, hooks).argv.slice(1)).toEqual(['gadgets', 'get-gadget', 'outfile', '--name', 'n']);
    expect(toCommandArgs('gadgets', 'GetGadget', {}, model, { ...hooks, outfile: '-out.bin' }).argv.slice(1)).toEqual(['gadgets', 'get-gadget', './-out.bin']);
    // Never after a list option, which would take it for one more word.
    expect(toCommandArgs('gadgets', 'GetGadget', { Tags: ['a', 'b'] }, model, hooks).argv.slice(1)).toEqual(['gadgets', 'get-gadget', 'outfile', '--tags', 'a', 'b']);
    expect(() => toCommandArgs('gadgets', 'GetGadget', { Name: 'n', Note: null }, model, hooks)).toThrow(
      expect.objectContaining({ code: 'NO_CLI_INPUT_JSON', message: 'GetGadget saves its output to a file and takes no --cli-input-json, so no option can carry Note (null has no command-line form)' }),
    );
  });

  it('sends a value of exactly -- through --cli-input-json (argparse drops it even after =)', () => {
    const rendered = toCommandArgs('gadgets', 'ListGadgets', { Filter: '--' }, model, awsCliOptionHooks('gadgets', model, 'ListGadgets'));
    expect(rendered.argv.slice(3)).toEqual(['--cli-input-json', '{"Filter":"--"}']);
  });

  it('refuses a command the AWS CLI removes', async () => {
    const dataPath = mkdtempSync(join(tmpdir(), 'aws-shorthand-render-'));
    mkdirSync(join(dataPath, 'ses', '2010-12-01'), { recursive: true });
    writeFileSync(
      join(dataPath, 'ses', '2010-12-01', 'service-2.json'),
      JSON.stringify({
        metadata: { apiVersion: '2010-12-01', endpointPrefix: 'email', protocol: 'query', serviceId: 'SES', signatureVersion: 'v4' },
        operations: { VerifyEmailAddress: { name: 'VerifyEmailAddress', input: { shape: 'In' } } },
        shapes: { In: { type: 'structure', members: { EmailAddress: { shape: 'S' } } }, S: { type: 'string' } },
      }),
    );
    let stderr = '';
    const code = await runRenderCommand(['ses', 'verify-email-address'], {
      stdin: Readable.from(['{"EmailAddress": "a@b.c"}']),
      stdout: { write: () => true },
      stderr: { write: (text: string) => ((stderr += text), true) },
      env: { AWS_DATA_PATH: dataPath },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('aws-shorthand render-command: the AWS CLI has no ses verify-email-address command (it removes it from ses)\n');
  });
});
