/**
 * Paging, request side: the paging options in the argument table and help, and botocore's
 * pagination tokens (decoded from `--starting-token`, encoded for `NextToken`). Where python
 * and botocore are installed, tokens are checked against botocore's own encoder and decoder.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { itWith, pythonModule } from '../helpers/live.js';
import { buildArgumentTable } from '../../src/awscli/arguments.js';
import { decodeStartingToken, encodeToken } from '../../src/cli/argv/paging.js';
import { renderOperationHelp } from '../../src/cli/help.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';

const model = loadBundledModel('sagemaker');
const tableOf = (name: string) => buildArgumentTable('sagemaker', model, model.operations.get(name)!);

const itWithBotocore = itWith(pythonModule('botocore.paginate'));

/** botocore's TokenEncoder on a token given as Python source. */
function botocoreEncode(pythonLiteral: string): string {
  return execFileSync('python3', ['-c', `import sys; from botocore.paginate import TokenEncoder; sys.stdout.write(TokenEncoder().encode(${pythonLiteral}))`], { encoding: 'utf8' });
}

describe('argument table of a paginated operation', () => {
  it('hides the token and limit options and adds the paging options before --generate-cli-skeleton', () => {
    const args = tableOf('ListAutoMLJobs').arguments;
    const documented = args.filter((arg) => arg.documented).map((arg) => arg.name);
    expect(documented.slice(-5)).toEqual(['cli-input-json', 'starting-token', 'page-size', 'max-items', 'generate-cli-skeleton']);
    expect(args.filter((arg) => !arg.documented).map((arg) => arg.name)).toEqual(['max-results', 'next-token']);
    expect(args.find((arg) => arg.name === 'page-size')?.role).toEqual({ kind: 'paging', setting: 'PageSize', type: 'int' });
  });

  it('leaves an operation without a paginator alone', () => {
    expect(tableOf('CreateAutoMLJob').arguments.some((arg) => arg.role.kind === 'paging')).toBe(false);
  });

  it('documents the paging options and the paging note in help', () => {
    const page = renderOperationHelp(tableOf('ListAutoMLJobs'), model);
    expect(page).toContain('          [--cli-input-json <value>]\n          [--starting-token <value>]\n          [--page-size <value>]\n          [--max-items <value>]\n          [--generate-cli-skeleton <value>]\n');
    expect(page).toContain('       --max-items (integer)\n\n          The total number of items to return in the command\'s output. If the\n');
    expect(page).toContain('list-auto-ml-jobs is a paginated operation.');
    expect(page).toContain('query expressions: AutoMLJobSummaries');
    expect(page).not.toContain('--next-token');
  });
});

describe('starting tokens', () => {
  it.each([
    ['botocore token', 'eyJOZXh0VG9rZW4iOiAiYWJjIn0=', { token: { NextToken: 'abc' }, skip: 0 }],
    ['with a first-page cut', 'eyJOZXh0VG9rZW4iOiAiYWJjIiwgImJvdG9fdHJ1bmNhdGVfYW1vdW50IjogMn0=', { token: { NextToken: 'abc' }, skip: 2 }],
    ['base64 with stray characters, as Python reads it', 'eyJOZXh0VG9r\nZW4iOiAiYWJjIn0=', { token: { NextToken: 'abc' }, skip: 0 }],
    ['bytes values come back as bytes', 'eyJOZXh0VG9rZW4iOiAiY21GM0xXSjVkR1Z6IiwgImJvdG9fZW5jb2RlZF9rZXlzIjogW1siTmV4dFRva2VuIl1dfQ==', { token: { NextToken: new Uint8Array(Buffer.from('raw-bytes')) }, skip: 0 }],
    ['a service token is taken as it is', 'opaque-service-token', { token: { NextToken: 'opaque-service-token' }, skip: 0 }],
    ['old form with an index', 'abc___2', { token: { NextToken: 'abc' }, skip: 2 }],
    ['old form None', 'None', { token: { NextToken: null }, skip: 0 }],
    ['old form, index not a number', 'abc___x', { token: { NextToken: 'abc___x' }, skip: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(decodeStartingToken(text, ['NextToken'])).toEqual({ ok: true, start: expected });
  });

  it('refuses an old-form token with too many parts', () => {
    const result = decodeStartingToken('a___b___c', ['NextToken']);
    expect(result.ok ? undefined : [result.failure.code, result.failure.message]).toEqual(['BAD_STARTING_TOKEN', 'Bad starting token: a___b___c']);
  });

  /** Tokens and the same token as Python source, for botocore's encoder. */
  const TOKENS: Array<[Record<string, unknown>, string]> = [
    [{ NextToken: 'abc' }, "{'NextToken': 'abc'}"],
    [{ NextToken: null, boto_truncate_amount: 1 }, "{'NextToken': None, 'boto_truncate_amount': 1}"],
    [{ NextToken: 'ünï', boto_truncate_amount: 3 }, "{'NextToken': 'ünï', 'boto_truncate_amount': 3}"],
    [{ Key: { id: new Uint8Array([0, 255, 7]) }, Other: ['x'] }, "{'Key': {'id': b'\\x00\\xff\\x07'}, 'Other': ['x']}"],
  ];

  it.each(TOKENS)('encodes %j and decodes it back', (token) => {
    const text = encodeToken(token);
    const { boto_truncate_amount: skip, ...rest } = token;
    expect(decodeStartingToken(text, Object.keys(rest))).toEqual({ ok: true, start: { token: rest, skip: skip ?? 0 } });
  });

  itWithBotocore.each(TOKENS)('encodes %j as botocore does', (token, pythonLiteral) => {
    expect(encodeToken(token)).toBe(botocoreEncode(pythonLiteral));
  });
});
