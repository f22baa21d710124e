/**
 * Timestamp acceptance against botocore's own check (which calls dateutil), live; skips
 * itself without Python and botocore. dateutil is heuristic: the forms we knowingly refuse
 * although it takes them are pinned below.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { isTimestampValue } from '../../src/model/timestamp.js';
import { describeWith, pythonModule } from '../helpers/live.js';

const SAMPLES = [
  '2024-01-01', '2024-01-01T10:20:30', '2024-01-01T10:20:30.5Z', '2024-01-01T10:20:30+0100', '2024-01-01 10:20',
  '20240101', '20240101T1020', '2024/01/01 10:20:30', '01/02/24', '1/2/2024', '13/01/2024', '01-02-2024', '2024.01.02',
  'Jan 1, 2024', 'January 1 2024 10:00', '1 Jan 2024', 'Mon Jan 1 2024', 'Monday, January 1, 2024',
  'Tue, 02 Jan 2024 10:00:00 +0000', 'Jan', 'Feb 30 2024', '2024-01', '2024', '10', '5pm', '10:00 PM', '10:00am',
  'noon', '2024-01-01T10', '2024-01-01T1020', '+1', '-1', '1_000', '٣', '0x10', '1e3', '2024-001', 'Sept 5 2024',
  '2024-1-1 1:2:3', '1:2', '25:00', '10:60', '10:00:60', '2024-01-01 10:00 UTC', '2024-01-01 10:00 PST',
  '2024-01-01T10:00:00Z garbage', 'now', 'today', 'tomorrow', 'a', 'Z', '', ' ', '99999-01-01', '0001-01-01',
  '0000-01-01', '9999-12-31T23:59:59', '1970', 'Jan 2024', 'Jan 5', '5 Jan', 'December', 'Sat', '12:30:45.123',
  '2024-02-29T00:00:00-05:00', '13pm', '12am', '10:00 PM PST', '2024-01-01T10:00 pm', '2024-01-01 10:00 XYZABC',
  '2024-01-01 10:00 utc', '1/2/3', '01.02.2024', '32/01/2024', '2024-01-01T10Z', '2024-13', '10:00 GMT+3',
  'Jan 1 2024 5pm', '1 Jan 2024 10:00 AM', '5 PM', '2024-02-30T10:00', '13/13/2024', '2/29/23', '2/29/24',
  'someday', 'yesterday', '2024-13-01', 'nan', '1900000000', '253402300799',
  // (Epoch values outside datetime's range, and 'inf', crash botocore with RuntimeError; we call them invalid.)
  // dateutil takes these; we do not (see KNOWN_STRICTER).
  'T10', '2024-01-01 10am', '1 2 3', '2024 01 02', 'Jan-05-2024', '05-Jan-2024', '2024-Jan-05',
];

/** Forms dateutil accepts and our approximation refuses. */
const KNOWN_STRICTER = ['T10', '2024-01-01 10am', '1 2 3', '2024 01 02', 'Jan-05-2024', '05-Jan-2024', '2024-Jan-05'];

const CHECK = [
  'import json, sys',
  'from botocore.validate import ParamValidator',
  'validator = ParamValidator()',
  'print(json.dumps({t: validator._type_check_datetime(t) for t in json.load(sys.stdin)}))',
].join('\n');

describeWith(pythonModule('botocore.validate'), 'timestamp strings, against botocore live', () => {
  it('agrees with botocore except for the pinned forms', () => {
    const run = spawnSync('python3', ['-c', CHECK], { input: JSON.stringify(SAMPLES), encoding: 'utf8' });
    expect(run.status).toBe(0);
    const botocore = JSON.parse(run.stdout) as Record<string, boolean>;
    const differing = SAMPLES.filter((text) => botocore[text] !== isTimestampValue(text));
    expect(differing).toEqual(KNOWN_STRICTER);
    for (const text of KNOWN_STRICTER) expect([botocore[text], isTimestampValue(text)]).toEqual([true, false]);
  });
});
