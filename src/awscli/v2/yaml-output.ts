/**
 * Facts about the YAML AWS CLI v2 (awscli 2.9.19) prints for `--output yaml|yaml-stream`: it
 * dumps with ruamel.yaml 0.17's safe dumper (block style, libyaml's emitter) under YAML 1.2, so
 * these are ruamel's and libyaml's settings and tables. `--cli-input-yaml` is read with
 * ruamel.yaml's safe loader under YAML 1.2 with the same resolvers. The printing code is
 * `src/cli/send/yaml-emit.ts`, the reading code `src/cli/argv/yaml-input.ts`.
 */

/** One implicit resolver: plain scalars matching `pattern` (and starting with one of `first`) get `tag:yaml.org,2002:<tag>`. */
export interface YamlResolver {
  readonly tag: 'bool' | 'float' | 'int' | 'merge' | 'null' | 'timestamp' | 'value' | 'yaml';
  readonly first: string;
  readonly pattern: RegExp;
}

/** The dumper's settings and the texts a plain scalar may not have. */
export const YAML_OUTPUT = {
  /** Spaces per nesting level. */
  indent: 2,
  /** Scalars are folded at a space once a line passes this column. */
  width: 80,
  /** Longer keys (in characters) are written in the `? key` form. */
  simpleKeyLimit: 128,
  /**
   * ruamel.yaml's YAML 1.2 implicit resolvers (bool, float, int, merge, null, timestamp, value,
   * yaml), each tried only on strings starting with one of its `first` characters (the empty
   * string reads as null): a string matching one is quoted so that it reads back as a string.
   */
  implicitTypes: [
    { tag: 'bool', first: 'tTfF', pattern: /^(?:true|True|TRUE|false|False|FALSE)$/ },
    {
      tag: 'float',
      first: '-+0123456789.',
      pattern: /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    },
    { tag: 'int', first: '-+0123456789', pattern: /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/ },
    { tag: 'merge', first: '<', pattern: /^(?:<<)$/ },
    { tag: 'null', first: '~nN', pattern: /^(?:~|null|Null|NULL)$/ },
    {
      tag: 'timestamp',
      first: '0123456789',
      pattern: /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    },
    { tag: 'value', first: '=', pattern: /^(?:=)$/ },
    { tag: 'yaml', first: '!&*', pattern: /^(?:!|&|\*)$/ },
  ] as ReadonlyArray<YamlResolver>,
  /** libyaml's short escapes in double-quoted scalars, by code point. */
  escapes: {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
    0x2028: 'L',
    0x2029: 'P',
  } as Readonly<Record<number, string>>,
} as const;
