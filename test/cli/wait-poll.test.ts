/**
 * Polling (`send/wait.ts`) against scripted answers: acceptors tried in order with botocore's
 * matcher rules, the state kept across attempts, sleeps between attempts only, and botocore's
 * `Waiter <Name> failed: <reason>` texts for each way of failing.
 */
import { describe, expect, test } from 'vitest';
import { failure } from '../../src/awscli/failures.js';
import type { WaitPlan } from '../../src/cli/argv/wait.js';
import type { SendResult } from '../../src/cli/send/sdk.js';
import { sendWait } from '../../src/cli/send/wait.js';
import type { Waiter, WaiterAcceptor } from '../../src/model/shape.js';

const ok = (response: Record<string, unknown>): SendResult => ({ ok: true, response });
const serviceError = (code: string, message: string): SendResult => ({
  ok: false,
  failure: failure('service', `An error occurred (${code}) when calling the DescribeWidget operation: ${message}`, { code }),
});

function plan(acceptors: WaiterAcceptor[], maxAttempts = 3): WaitPlan {
  const waiter: Waiter = { name: 'WidgetReady', operation: 'DescribeWidget', delay: 7, maxAttempts, acceptors };
  return { waiter, delay: 7, maxAttempts };
}

/** Poll with `answers` (the last one repeats); returns the result, the sent params and the sleeps. */
async function poll(answers: SendResult[], waitPlan: WaitPlan) {
  const sent: unknown[] = [];
  const sleeps: number[] = [];
  const result = await sendWait(
    async (params) => {
      sent.push(params);
      return answers[Math.min(sent.length - 1, answers.length - 1)] as SendResult;
    },
    { WidgetName: 'w' },
    waitPlan,
    { sleep: async (seconds) => void sleeps.push(seconds) },
  );
  return { result, attempts: sent.length, sleeps, message: result.ok ? undefined : result.failure.message };
}

const READY: WaiterAcceptor[] = [
  { state: 'success', matcher: 'path', argument: 'Status', expected: 'Ready' },
  { state: 'failure', matcher: 'path', argument: 'Status', expected: 'Failed' },
  { state: 'failure', matcher: 'error', expected: 'ValidationException' },
];

describe('sendWait', () => {
  test('success after waiting: one sleep of the plan delay between two attempts', async () => {
    const { result, attempts, sleeps } = await poll([ok({ Status: 'Creating' }), ok({ Status: 'Ready' })], plan(READY));
    expect(result).toEqual({ ok: true, attempts: 2 });
    expect(attempts).toBe(2);
    expect(sleeps).toEqual([7]);
  });

  test.each([
    ['a failure path', [ok({ Status: 'Creating' }), ok({ Status: 'Failed' })], READY, 2, 'Waiter WidgetReady failed: Waiter encountered a terminal failure state: For expression "Status" we matched expected path: "Failed"'],
    ['a failure error code', [serviceError('ValidationException', 'no widget')], READY, 1, 'Waiter WidgetReady failed: Waiter encountered a terminal failure state: Matched expected service error code: ValidationException'],
    ['an unexpected service error', [ok({ Status: 'Creating' }), serviceError('Throttled', 'slow down')], READY, 2, 'Waiter WidgetReady failed: An error occurred (Throttled): slow down'],
    ['attempts exhausted, nothing matched', [ok({ Status: 'Creating' })], READY, 3, 'Waiter WidgetReady failed: Max attempts exceeded'],
    [
      // botocore names the acceptor its loop stopped at: the last one, as none matched last time.
      'attempts exhausted after a retry matched once',
      [ok({ Status: 'Creating' }), ok({ Status: 'Other' })],
      [{ state: 'retry', matcher: 'path', argument: 'Status', expected: 'Creating' }, ...READY],
      3,
      'Waiter WidgetReady failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: ValidationException',
    ],
    [
      'attempts exhausted on a retry',
      [ok({ Status: 'Creating' })],
      [{ state: 'retry', matcher: 'path', argument: 'Status', expected: 'Creating' }, ...READY],
      3,
      'Waiter WidgetReady failed: Max attempts exceeded. Previously accepted state: For expression "Status" we matched expected path: "Creating"',
    ],
  ] as ReadonlyArray<readonly [string, SendResult[], WaiterAcceptor[], number, string]>)('%s', async (_name, answers, acceptors, count, message) => {
    const polled = await poll(answers, plan(acceptors));
    expect(polled.message).toBe(message);
    expect(polled.attempts).toBe(count);
    expect(polled.sleeps).toEqual(Array(count - 1).fill(7));
    expect(polled.result.ok ? 0 : polled.result.failure.exitStatus).toBe(255);
  });

  test.each([
    ['pathAll: every element', { state: 'success', matcher: 'pathAll', argument: 'W[].S', expected: 'up' }, { W: [{ S: 'up' }, { S: 'up' }] }, true],
    ['pathAll: one differs', { state: 'success', matcher: 'pathAll', argument: 'W[].S', expected: 'up' }, { W: [{ S: 'up' }, { S: 'down' }] }, false],
    ['pathAll: an empty list never matches', { state: 'success', matcher: 'pathAll', argument: 'W[].S', expected: 'up' }, { W: [] }, false],
    ['pathAny: one element', { state: 'success', matcher: 'pathAny', argument: 'W[].S', expected: 'up' }, { W: [{ S: 'down' }, { S: 'up' }] }, true],
    ['pathAny: not a list', { state: 'success', matcher: 'pathAny', argument: 'S', expected: 'up' }, { S: 'up' }, false],
    ['path: an expression result', { state: 'success', matcher: 'path', argument: 'length(W) > `1`', expected: true }, { W: [1, 2] }, true],
    ['path: Python equality, 1 == True', { state: 'success', matcher: 'path', argument: 'N', expected: true }, { N: 1 }, true],
    ['path: deep equality', { state: 'success', matcher: 'path', argument: 'T', expected: { a: [1, 'x'] } }, { T: { a: [1, 'x'] } }, true],
    ['status', { state: 'success', matcher: 'status', expected: 200 }, {}, true],
    ['error false: no error', { state: 'success', matcher: 'error', expected: false }, {}, true],
  ] as ReadonlyArray<readonly [string, WaiterAcceptor, Record<string, unknown>, boolean]>)('%s', async (_name, acceptor, response, succeeds) => {
    const { result } = await poll([ok(response)], plan([acceptor], 1));
    expect(result.ok).toBe(succeeds);
  });

  test('error true matches any service error; path matchers skip errors', async () => {
    const acceptors: WaiterAcceptor[] = [
      { state: 'failure', matcher: 'path', argument: 'Error.Code', expected: 'Gone' },
      { state: 'success', matcher: 'error', expected: true },
    ];
    expect((await poll([serviceError('Gone', 'x')], plan(acceptors))).result).toEqual({ ok: true, attempts: 1 });
  });

  test('a failure that is not the service answering ends polling with it', async () => {
    const noCredentials = failure('config', 'Unable to locate credentials. You can configure credentials by running "aws configure".');
    const polled = await poll([{ ok: false, failure: noCredentials }], plan(READY));
    expect(polled.result).toEqual({ ok: false, failure: noCredentials, attempts: 1 });
  });
});
