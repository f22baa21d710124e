/**
 * What the AWS CLI changes in a service's command table beyond the model: operations it
 * removes (mostly streaming ones it cannot run: neither accepted nor listed) and hidden second
 * names it adds for some operations (accepted and listed among the choices, never documented).
 * Both are recorded from the AWS CLI, per dialect (see dialect.ts).
 */
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** A dialect's command changes, indexed by service. */
interface CommandIndex {
  readonly removed: ReadonlyMap<string, ReadonlySet<string>>;
  readonly aliases: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;
}

const indexes = new Map<Dialect, CommandIndex>();

function indexOf(dialect?: Dialect): CommandIndex {
  const tables = dialectTables(dialect);
  let index = indexes.get(tables.dialect);
  if (index === undefined) {
    const aliases = new Map<string, Array<readonly [string, string]>>();
    for (const [service, alias, operation] of tables.commandAliases) aliases.set(service, [...(aliases.get(service) ?? []), [alias, operation]]);
    index = { removed: new Map(tables.removedCommands.map(([service, commands]) => [service, new Set(commands)])), aliases };
    indexes.set(tables.dialect, index);
  }
  return index;
}

/**
 * Whether the AWS CLI removes `operation` (a CLI name) from `service`'s commands.
 * @example isRemovedCommand('sagemaker-runtime', 'invoke-endpoint-with-response-stream') // true
 */
export function isRemovedCommand(service: string, operation: string, dialect?: Dialect): boolean {
  return indexOf(dialect).removed.get(service)?.has(operation) === true;
}

/**
 * `operations` (CLI names) without those the AWS CLI removes from `service`.
 * @example availableCommands('ses', ['send-email', 'verify-email-address']) // ['send-email']
 */
export function availableCommands(service: string, operations: readonly string[], dialect?: Dialect): string[] {
  const gone = indexOf(dialect).removed.get(service);
  return gone === undefined ? [...operations] : operations.filter((name) => !gone.has(name));
}

/**
 * The hidden aliases of `service`'s operations that are in `operations`, in the order the AWS
 * CLI adds them (after the operations, before `wait`).
 * @example commandAliases('mturk', ['list-hits-for-qualification-type']) // ['list-hi-ts-for-qualification-type']
 */
export function commandAliases(service: string, operations: readonly string[], dialect?: Dialect): string[] {
  const present = new Set(operations);
  return (indexOf(dialect).aliases.get(service) ?? []).filter(([, operation]) => present.has(operation)).map(([alias]) => alias);
}

/**
 * The operation a CLI name stands for: the name itself, or the operation a hidden alias names.
 * @example aliasTarget('mturk', 'list-hi-ts-for-qualification-type') // 'list-hits-for-qualification-type'
 */
export function aliasTarget(service: string, name: string, dialect?: Dialect): string {
  return indexOf(dialect).aliases.get(service)?.find(([alias]) => alias === name)?.[1] ?? name;
}

/**
 * The main parser's command choices: the services found, less those the AWS CLI takes out of
 * its list, then the commands it appends (its own and renamed services), then `help`.
 * @example topLevelChoices(['s3', 'sagemaker'], 'v2') // ['sagemaker', 's3api', 's3', 'ddb', …, 'help']
 */
export function topLevelChoices(services: readonly string[], dialect?: Dialect): string[] {
  const { removed, appended } = dialectTables(dialect).topLevelCommands;
  // The services may come under the AWS CLI's names already (`deploy`): those move to the end too.
  const moved = new Set([...removed, ...appended]);
  return [...services.filter((name) => !moved.has(name)), ...appended, 'help'];
}
