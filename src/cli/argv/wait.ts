/**
 * `<service> wait <waiter> …`: the AWS CLI's wait command, added to every service that has
 * botocore waiters. `wait` itself is a plain command whose only argument is the waiter's name
 * (argparse's choices are the waiters' CLI names in botocore's order, without `help`); each
 * waiter is a command with its operation's argument table, whose request is polled instead of
 * sent once (see `send/wait.ts`).
 *
 * As in the AWS CLI, a `WaiterConfig` object in the parameters (only `--cli-input-json` can put
 * it there) is taken out before validation and sets the waiter's `Delay` and `MaxAttempts`.
 */
import type { Operation, Waiter } from '../../model/shape.js';
import { pyStr, pyTypeName } from '../../model/python.js';
import { xformName } from '../../model/loaders/names.js';
import { parseKnownArgs } from './argparse.js';
import type { ArgumentTable } from '../../awscli/arguments.js';
import { failure, PROG } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { GlobalOptions } from './globals.js';
import type { ServiceView, WaiterView } from '../../model/loaders/operation-cache.js';
import type { Evaluation } from './evaluate.js';

/** The command name the AWS CLI gives its wait commands. */
export const WAIT_COMMAND = 'wait';

/** The AWS CLI's description of the `wait` command. */
export const WAIT_DESCRIPTION = 'Wait until a particular condition is satisfied. Each subcommand polls an API until the listed requirement is met.';

/** How a waiter polls: its config, with the command line's `WaiterConfig` applied. */
export interface WaitPlan {
  readonly waiter: Waiter;
  /** Seconds between attempts. */
  readonly delay: number;
  readonly maxAttempts: number;
}

/** How a waiter command changes the evaluation of its operation's options. */
export interface OperationVariant {
  /** The command's name in place of the operation's, e.g. `endpoint-in-service`. */
  readonly commandName: string;
  /** Takes what is not sent out of the parameters, before validation; a failure stops there. */
  readonly takeParams: (params: Record<string, unknown>) => { readonly params: Record<string, unknown> } | { readonly failure: CliFailure };
}

/** What `wait …` evaluates to, short of the operation's own evaluation. */
export type WaitOutcome<E> =
  /** `wait help`. */
  | { readonly kind: 'wait-help' }
  | { readonly kind: 'failure'; readonly failure: CliFailure }
  /** A waiter command: its operation evaluated (by the caller) with the waiter's variant. */
  | { readonly kind: 'waiter'; readonly evaluation: E; readonly plan: () => WaitPlan | CliFailure; readonly helpTable: (table: ArgumentTable) => ArgumentTable };

/**
 * Evaluate what follows `wait` on a command line. `evaluateOperation` evaluates the waiter's
 * operation with the arguments after the waiter's name.
 * @example evaluateWait(view, ['endpoint-in-service', '--endpoint-name', 'x'], evaluate).kind // 'waiter'
 */
export function evaluateWait<E>(
  view: ServiceView,
  args: readonly string[],
  evaluateOperation: (found: WaiterView, args: readonly string[], variant: OperationVariant) => E,
): WaitOutcome<E> {
  // The AWS CLI's command parser answers a lone `help` before parsing anything.
  if (args.length === 1 && args[0] === 'help') return { kind: 'wait-help' };
  const outcome = parseKnownArgs(args, { options: [], positional: { dest: 'subcommand', optional: true, choices: view.waiterNames } });
  if (!outcome.ok) {
    const error = outcome.error;
    return { kind: 'failure', failure: failure('usage', error.message, { code: error.code, ...(error.argument === undefined ? {} : { option: error.argument }) }) };
  }
  const subcommand = outcome.parsed.values.get('subcommand');
  const extras = outcome.parsed.extras;
  if (typeof subcommand !== 'string') {
    // The wait command itself runs only to refuse: unknown options (joined by a bare comma,
    // unlike an operation's), or too few arguments, both as plain errors (exit 255).
    if (extras.length > 0) return { kind: 'failure', failure: failure('other', `Unknown options: ${extras.join(',')}`, { code: 'UNKNOWN_OPTIONS' }) };
    return { kind: 'failure', failure: failure('other', `usage: ${PROG} [options] <command> <subcommand> [parameters]\n${PROG}: error: too few arguments`, { code: 'TOO_FEW_ARGUMENTS' }) };
  }
  const found = view.waiter(subcommand);
  if (found === undefined) return { kind: 'failure', failure: failure('other', `the waiter ${subcommand} cannot be loaded`, { code: 'WAITER_NOT_FOUND' }) };
  let config: unknown;
  const variant: OperationVariant = {
    commandName: subcommand,
    takeParams: (params) => {
      if (!Object.hasOwn(params, 'WaiterConfig')) return { params };
      const { WaiterConfig: taken, ...rest } = params;
      config = taken;
      return { params: rest };
    },
  };
  const evaluation = evaluateOperation(found, extras, variant);
  return {
    kind: 'waiter',
    evaluation,
    plan: () => waitPlan(found.waiter, config),
    helpTable: (table) => ({ ...table, model: waiterHelpOperation(table.model, found.waiter) }),
  };
}

/**
 * What `<service> wait …` asks for, as an evaluation: `wait help`, a failure, or the waiter
 * command's own evaluation (a request carrying its wait plan; a help page showing the waiter).
 * @example evaluateWaitCommand('sagemaker', view, ['endpoint-in-service', '--endpoint-name', 'x'], globals, evaluate).kind // 'request'
 */
export function evaluateWaitCommand(
  service: string,
  view: ServiceView,
  args: readonly string[],
  globals: GlobalOptions,
  evaluateOperation: (found: WaiterView, args: readonly string[], variant: OperationVariant) => Evaluation,
): Evaluation {
  const outcome = evaluateWait(view, args, evaluateOperation);
  switch (outcome.kind) {
    case 'wait-help':
      return { kind: 'help', globals, topic: 'wait', service, waiters: view.waiterNames };
    case 'failure':
      return outcome;
    case 'waiter': {
      const evaluation = outcome.evaluation;
      if (evaluation.kind === 'help' && evaluation.topic === 'operation') return { ...evaluation, table: outcome.helpTable(evaluation.table) };
      if (evaluation.kind !== 'request') return evaluation;
      const plan = outcome.plan();
      return 'waiter' in plan ? { ...evaluation, wait: plan } : { kind: 'failure', failure: plan };
    }
  }
}

/** The waiter's delay and attempts, with a `WaiterConfig`'s `Delay` and `MaxAttempts` applied. */
function waitPlan(waiter: Waiter, config: unknown): WaitPlan | CliFailure {
  const plan = { waiter, delay: waiter.delay, maxAttempts: waiter.maxAttempts };
  if (config === undefined) return plan;
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    // botocore reads the config with `.get`, which only a dict has.
    const typeName = pyTypeName(config).slice("<class '".length, -"'>".length);
    return failure('other', `'${typeName}' object has no attribute 'get'`, { code: 'BAD_WAITER_CONFIG' });
  }
  const { Delay: delay, MaxAttempts: maxAttempts } = config as Record<string, unknown>;
  return {
    waiter,
    delay: typeof delay === 'number' && delay >= 0 ? delay : plan.delay,
    maxAttempts: typeof maxAttempts === 'number' ? maxAttempts : plan.maxAttempts,
  };
}

/**
 * The operation as a waiter's help page shows it: the waiter's description in place of the
 * operation's, and no output (waiters print nothing).
 */
export function waiterHelpOperation(operation: Operation, waiter: Waiter): Operation {
  const { output: _output, documentation: _documentation, ...rest } = operation;
  return { ...rest, documentation: waiterDescription(waiter) };
}

/** How the AWS CLI names each matcher in a generated description. */
const SUCCESS_PHRASES: Readonly<Record<string, (expected: string) => string>> = {
  error: (expected) => `${expected} is thrown `,
  path: (expected) => `${expected} `,
  pathAll: (expected) => `${expected} for all elements `,
  pathAny: (expected) => `${expected} for any element `,
  status: (expected) => `${expected} response is received `,
};

/**
 * The AWS CLI's description of a waiter command: the waiter's own description, or one made from
 * its first success acceptor and its operation, then the polling sentence.
 * @example waiterDescription(endpointInService) // 'Wait until JMESPath query EndpointStatus returns InService when polling with describe-endpoint. It will poll every 30 seconds …'
 */
export function waiterDescription(waiter: Waiter): string {
  let description = waiter.description ?? '';
  if (description === '') {
    description = 'Wait until ';
    const success = waiter.acceptors.find((acceptor) => acceptor.state === 'success');
    if (success !== undefined) {
      const path = success.matcher === 'path' || success.matcher === 'pathAll' || success.matcher === 'pathAny';
      const phrase = (SUCCESS_PHRASES[success.matcher] ?? ((expected: string) => `${expected} `))(pyStr(success.expected));
      description += path ? `JMESPath query ${success.argument ?? ''} returns ${phrase}` : phrase;
    }
    description += `when polling with ${xformName(waiter.operation)}.`;
  }
  return `${description} It will poll every ${pyStr(waiter.delay)} seconds until a successful state has been reached. This will exit with a return code of 255 after ${pyStr(waiter.maxAttempts)} failed checks.`;
}
