/**
 * The AWS CLI's own commands, which no service model declares: `s3 cp`, `cloudformation deploy`,
 * `ecr get-login`, `configure set`, `emr create-cluster`, … known by name and argument list (as
 * recorded from the AWS CLI into `v1/custom-commands.ts`), so that scripts using them are
 * understood: their options are checked and proposed, and they are not "unknown operations".
 * The toolkit does not run them.
 */
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** One argument of a custom command, as the AWS CLI's argument table declares it. */
export interface CustomArgumentRecord {
  /** The option name without dashes (`recursive`), or the positional's name (`paths`). */
  readonly name: string;
  readonly positional?: boolean;
  /** argparse's nargs when not one value: `?`, `*`, `+` or a count. */
  readonly nargs?: string;
  readonly required?: boolean;
  /** Takes no value (`--recursive`, `--no-include-email`). */
  readonly flag?: boolean;
  readonly choices?: readonly string[];
  /** The AWS CLI's type name when not `string` (`integer`, `boolean`, `map`, `list`, `blob`, …). */
  readonly type?: string;
  readonly documented?: boolean;
}

/** A custom command: its words after `aws`, its arguments and its subcommands. */
export interface CustomCommandRecord {
  /** `['s3', 'cp']`, `['cloudformation', 'deploy']`, `['configure']`. */
  readonly path: readonly string[];
  readonly arguments: readonly CustomArgumentRecord[];
  readonly subcommands?: readonly CustomCommandRecord[];
}

/** A dialect's custom commands by their words, and the names under each path. */
interface CommandIndex {
  readonly byPath: ReadonlyMap<string, CustomCommandRecord>;
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
}

const indexes = new Map<Dialect, CommandIndex>();

function indexOf(dialect?: Dialect): CommandIndex {
  const tables = dialectTables(dialect);
  let index = indexes.get(tables.dialect);
  if (index === undefined) {
    const byPath = new Map<string, CustomCommandRecord>();
    const childrenOf = new Map<string, string[]>();
    // Breadth first, so siblings keep the AWS CLI's order.
    const pending = [...tables.customCommands];
    for (let i = 0; i < pending.length; i++) {
      const record = pending[i] as CustomCommandRecord;
      byPath.set(record.path.join(' '), record);
      const parent = record.path.slice(0, -1).join(' ');
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), record.path[record.path.length - 1] as string]);
      pending.push(...(record.subcommands ?? []));
    }
    index = { byPath, childrenOf };
    indexes.set(tables.dialect, index);
  }
  return index;
}

/**
 * The custom command that `words` (the words after `aws`, options left out) name, the longest
 * match: `['s3', 'cp', 'a', 'b']` → `s3 cp`; undefined when the first words name none.
 * @example customCommand(['cloudformation', 'deploy'])?.path // ['cloudformation', 'deploy']
 */
export function customCommand(words: readonly string[], dialect?: Dialect): CustomCommandRecord | undefined {
  const { byPath } = indexOf(dialect);
  let found: CustomCommandRecord | undefined;
  for (let length = 1; length <= words.length; length++) {
    const record = byPath.get(words.slice(0, length).join(' '));
    if (record !== undefined) found = record;
    else if (length > 1) break;
  }
  return found;
}

/**
 * The names of the custom commands directly under `path` (`[]` for the top level), in the
 * AWS CLI's order.
 * @example customCommandNames(['ecr']) // ['get-login', 'get-login-password']
 */
export function customCommandNames(path: readonly string[], dialect?: Dialect): string[] {
  return [...(indexOf(dialect).childrenOf.get(path.join(' ')) ?? [])];
}
