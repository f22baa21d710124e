/**
 * Our table of service names against the installed AWS CLI's command table: every service
 * command whose name is not its botocore data name (a rename such as `s3api`, or a hidden alias
 * such as `runtime.sagemaker`) must be in `otherServiceNames()`, and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { dataServiceName, otherServiceNames } from '../../src/model/loaders/names.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';

/** `[data name, command name]` of the AWS CLI's service commands that differ, sorted. */
const PROGRAM = `
import json
from awscli.clidriver import create_clidriver, ServiceCommand
table = create_clidriver()._get_command_table()
print(json.dumps(sorted([c._service_name, name] for name, c in table.items()
                        if isinstance(c, ServiceCommand) and c._service_name != name)))
`;

describeWith(pythonAwsCli(), 'service names against the AWS CLI (live)', () => {
  test('renames and hidden aliases match the command table', () => {
    const result = spawnSync('python3', ['-c', PROGRAM], { encoding: 'utf8', env: { ...process.env, AWS_DATA_PATH: '' } });
    expect(result.status, result.stderr).toBe(0);
    const theirs = JSON.parse(result.stdout) as Array<[string, string]>;
    // A rename pairs a data name with its command; an alias pairs itself with its target's data.
    const ours = otherServiceNames()
      .map(([other, command]) => (dataServiceName(command) === other ? [other, command] : [dataServiceName(command), other]))
      .sort();
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  }, 60_000);
});
