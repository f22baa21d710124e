/**
 * A waiter polling a paginated operation (EC2's `instance-running` polls DescribeInstances): the
 * wait command gets the paging options in its argument table and help, as the AWS CLI's does,
 * but never pages; given paging options, the AWS CLI hands them to the waiter as a
 * `PaginationConfig` parameter, which validation refuses (measured with `aws ec2 wait
 * instance-running --max-items 3`). A small service in a data directory stands in for EC2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from './run-helpers.js';

let dataPath: string;

beforeAll(() => {
  dataPath = mkdtempSync(join(tmpdir(), 'aws-shorthand-wait-paged-'));
  const dir = join(dataPath, 'things', '2024-01-01');
  mkdirSync(dir, { recursive: true });
  const model = {
    metadata: { apiVersion: '2024-01-01', endpointPrefix: 'things', jsonVersion: '1.1', protocol: 'json', serviceId: 'Things', signingName: 'things', targetPrefix: 'Things', uid: 'things-2024-01-01' },
    operations: { ListThings: { name: 'ListThings', http: { method: 'POST', requestUri: '/' }, input: { shape: 'ListThingsRequest' }, output: { shape: 'ListThingsResponse' } } },
    shapes: {
      ListThingsRequest: { type: 'structure', members: { Owner: { shape: 'Text' }, NextToken: { shape: 'Text' }, MaxResults: { shape: 'Count' } } },
      ListThingsResponse: { type: 'structure', members: { Things: { shape: 'Things' }, NextToken: { shape: 'Text' } } },
      Things: { type: 'list', member: { shape: 'Thing' } },
      Thing: { type: 'structure', members: { State: { shape: 'Text' } } },
      Text: { type: 'string' },
      Count: { type: 'integer' },
    },
  };
  writeFileSync(join(dir, 'service-2.json'), JSON.stringify(model));
  writeFileSync(join(dir, 'paginators-1.json'), JSON.stringify({ pagination: { ListThings: { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'Things' } } }));
  writeFileSync(
    join(dir, 'waiters-2.json'),
    JSON.stringify({ version: 2, waiters: { ThingsReady: { operation: 'ListThings', delay: 2, maxAttempts: 4, acceptors: [{ state: 'success', matcher: 'pathAll', argument: 'Things[].State', expected: 'ready' }] } } }),
  );
});

const things = (...args: string[]): string[] => ['--data-path', dataPath, 'things', ...args];
const REFUSED = '\nParameter validation failed:\nUnknown parameter in input: "PaginationConfig", must be one of: Owner, NextToken, MaxResults\n';

describe('a waiter on a paginated operation', () => {
  test.each([
    ['no paging options: the request as given', ['--owner', 'me'], 0, '{\n  "Owner": "me"\n}\n', ''],
    ['--max-items goes to the waiter and is refused', ['--max-items', '3'], 255, '', REFUSED],
    ['--page-size too', ['--owner', 'me', '--page-size', '5'], 255, '', REFUSED],
    ['--starting-token too', ['--starting-token', 'abc'], 255, '', REFUSED],
    ['the token option itself is an ordinary parameter', ['--next-token', 'abc'], 0, '{\n  "NextToken": "abc"\n}\n', ''],
  ])('%s', async (_name, args, code, stdout, stderr) => {
    expect(await run([...things('wait', 'things-ready', ...args), '--cli-dry-run'])).toEqual({ code, stdout, stderr });
  });

  test('--no-paginate with paging options fails as for the operation', async () => {
    const result = await run(['--no-paginate', ...things('wait', 'things-ready', '--max-items', '3'), '--cli-dry-run']);
    expect(result).toEqual({ code: 255, stdout: '', stderr: '\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --max-items\n' });
  });

  test('the help page has the paging options and note, and the waiter description', async () => {
    const { code, stdout } = await run(things('wait', 'things-ready', 'help'));
    expect(code).toBe(0);
    expect(stdout).toContain('Wait until JMESPath query Things[].State returns ready for all elements\n       when polling with list-things. It will poll every 2 seconds until a\n');
    expect(stdout).toContain('things-ready is a paginated operation.');
    expect(stdout).toContain('          [--starting-token <value>]\n          [--page-size <value>]\n          [--max-items <value>]\n');
  });
});
