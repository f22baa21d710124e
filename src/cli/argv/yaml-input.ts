/**
 * `--cli-input-yaml` (AWS CLI v2): the text read as ruamel.yaml's safe loader reads it under
 * YAML 1.2. The `yaml` package parses the text (loaded only when the option is used); each
 * plain scalar is then typed with ruamel's own implicit resolvers (`src/awscli/v2/yaml-output.ts`),
 * which differ from YAML 1.2's core schema: `1_000` and `0b11` are integers, `2020-01-01T00:00:00Z`
 * is a timestamp; keys are compared as Python compares them (`1` and `true` are the same key). Values come out as the rest of the command line holds
 * them: integers as `number` (`bigint` beyond 2^53), floats as `PyFloat`-free numbers,
 * timestamps as `Date`, `!!binary` as bytes.
 *
 * Anything the safe loader refuses (syntax, duplicate keys, unknown tags, several documents) is
 * one failure, as the AWS CLI reports every YAMLError alike: `Invalid YAML received.`.
 */
import { YAML_OUTPUT } from '../../awscli/v2/yaml-output.js';
import type { YamlResolver } from '../../awscli/v2/yaml-output.js';
import { pythonB64decode } from '../../awscli/binary-format.js';
import { importPackage } from '../import-package.js';

/** The outcome of reading: the loaded value, or that the text is not YAML the safe loader takes. */
export type YamlLoadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Containers deeper than this are refused (the loader would run out of Python's stack first). */
const MAX_DEPTH = 500;

const TAG_PREFIX = 'tag:yaml.org,2002:';

type YamlModule = typeof import('yaml');

/** Raised inside the walk only; `loadYaml` turns it into a result. */
class Refused {
  constructor(readonly reason: string) {}
}

/** Reads `--cli-input-yaml` text; made by `yamlReader` once the `yaml` package is loaded. */
export type YamlReader = (text: string) => YamlLoadResult;

/**
 * A reader of `--cli-input-yaml` text, loading the `yaml` package now (so reading stays synchronous).
 * @example (await yamlReader())('MaxResults: 5\nNameContains: "007"') // { ok: true, value: { MaxResults: 5, NameContains: '007' } }
 */
export async function yamlReader(): Promise<YamlReader> {
  // Through importPackage, as every package the command line loads on demand (the bundle's launcher replaces it).
  const module = (await importPackage('yaml')) as YamlModule & { default?: YamlModule };
  const yaml = typeof module.parseDocument === 'function' ? module : (module.default as YamlModule);
  return (text) => loadWith(yaml, text);
}

/** True when `argv` may name `--cli-input-yaml` (argparse takes abbreviations), so the reader is needed. */
export function mayReadYaml(argv: readonly string[]): boolean {
  return argv.some((arg) => arg.startsWith('--cli-input-y'));
}

/** `loadYaml` with the `yaml` module already loaded. */
export function loadWith(yaml: YamlModule, text: string): YamlLoadResult {
  // failsafe: every scalar stays text, so typing is ruamel's alone.
  // Duplicate keys are found below, by Python's equality of the loaded keys, not by their text.
  const doc = yaml.parseDocument(text, { schema: 'failsafe', version: '1.2', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false, reason: doc.errors[0]?.message ?? 'invalid YAML' };
  try {
    return { ok: true, value: construct(yaml, doc, doc.contents, 0) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

function construct(yaml: YamlModule, doc: import('yaml').Document, node: unknown, depth: number): unknown {
  if (node === null || node === undefined) return null;
  if (depth > MAX_DEPTH) throw new Refused('nesting too deep');
  if (yaml.isAlias(node)) return construct(yaml, doc, node.resolve(doc), depth + 1);
  // `source` is the scalar's text before the package applies a tag it knows (`!!binary`, `!!timestamp`).
  if (yaml.isScalar(node)) return constructScalar(node.source ?? String(node.value), node.type === 'PLAIN' || node.type === undefined, node.tag);
  if (yaml.isSeq(node)) {
    checkTag(node.tag, 'seq');
    return node.items.map((item) => construct(yaml, doc, item, depth + 1));
  }
  if (yaml.isMap(node)) {
    checkTag(node.tag, 'map');
    const out: Record<string, unknown> = {};
    const merged: Array<Record<string, unknown>> = [];
    const seen = new Set<string>();
    for (const pair of node.items) {
      const value = construct(yaml, doc, pair.value, depth + 1);
      if (isMergeKey(yaml, pair.key)) {
        merged.push(...mergeSources(value));
        continue;
      }
      const key = construct(yaml, doc, pair.key, depth + 1);
      if (typeof key === 'object' && key !== null && !(key instanceof Date)) throw new Refused('a key that is a collection');
      const identity = pythonKeyIdentity(key);
      if (seen.has(identity)) throw new Refused('a duplicate key');
      seen.add(identity);
      define(out, pythonStr(key), value);
    }
    // `<<` keys fill in what the mapping itself does not set, earlier sources first.
    for (const source of merged) for (const [key, value] of Object.entries(source)) if (!Object.hasOwn(out, key)) define(out, key, value);
    return out;
  }
  throw new Refused('an unknown node');
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isMergeKey(yaml: YamlModule, key: unknown): boolean {
  return yaml.isScalar(key) && key.type === 'PLAIN' && key.tag === undefined && key.value === '<<';
}

function mergeSources(value: unknown): Array<Record<string, unknown>> {
  const sources = Array.isArray(value) ? value : [value];
  return sources.map((source) => {
    if (typeof source !== 'object' || source === null || Array.isArray(source) || source instanceof Date || source instanceof Uint8Array) {
      throw new Refused('a merge key whose value is no mapping');
    }
    return source as Record<string, unknown>;
  });
}

function checkTag(tag: string | undefined, expected: string): void {
  if (tag !== undefined && tag !== `${TAG_PREFIX}${expected}` && tag !== '!') throw new Refused(`the tag ${tag}`);
}

/** A scalar's value: by its explicit tag, else (plain) by the implicit resolvers, else text. */
function constructScalar(text: string, plain: boolean, tag: string | undefined): unknown {
  if (tag === undefined || tag === '!') {
    if (!plain || tag === '!') return text;
    const resolver = resolve(text);
    return resolver === undefined ? text : constructTyped(resolver.tag, text);
  }
  if (!tag.startsWith(TAG_PREFIX)) throw new Refused(`the tag ${tag}`);
  const name = tag.slice(TAG_PREFIX.length);
  if (name === 'str') return text;
  if (name === 'binary') return constructBinary(text);
  if (name === 'bool' || name === 'float' || name === 'int' || name === 'null' || name === 'timestamp') return constructTyped(name, text);
  throw new Refused(`the tag ${tag}`);
}

function resolve(text: string): YamlResolver | undefined {
  if (text === '') return YAML_OUTPUT.implicitTypes.find((resolver) => resolver.tag === 'null');
  const first = text[0] as string;
  return YAML_OUTPUT.implicitTypes.find((resolver) => resolver.first.includes(first) && resolver.pattern.test(text));
}

function constructTyped(tag: YamlResolver['tag'], text: string): unknown {
  switch (tag) {
    case 'null':
      return null;
    case 'bool':
      return text.toLowerCase() === 'true';
    case 'int':
      return constructInt(text);
    case 'float':
      return constructFloat(text);
    case 'timestamp':
      return constructTimestamp(text);
    default:
      // `=`, `!`, `&`, `*` alone: the safe loader has no constructor for these tags.
      throw new Refused(`no constructor for ${tag}`);
  }
}

/** ruamel's int under YAML 1.2: underscores dropped, a sign, then `0b`, `0x`, `0o` or decimal (a leading `0` too). */
function constructInt(text: string): number | bigint {
  let digits = text.replaceAll('_', '');
  let sign = 1n;
  if (digits.startsWith('-')) sign = -1n;
  if (digits.startsWith('-') || digits.startsWith('+')) digits = digits.slice(1);
  let value: bigint;
  if (digits === '0') value = 0n;
  else if (digits.startsWith('0b')) value = BigInt(digits);
  else if (digits.startsWith('0x')) value = BigInt(`0x${digits.slice(2)}`);
  else if (digits.startsWith('0o')) value = BigInt(digits);
  else value = BigInt(digits.replace(/^0+(?=.)/, ''));
  value *= sign;
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/** ruamel's float: underscores dropped, `.inf`/`.nan` by name, else Python's `float()`. */
function constructFloat(text: string): number {
  const lower = text.replaceAll('_', '').toLowerCase();
  const sign = lower.startsWith('-') ? -1 : 1;
  const unsigned = lower.replace(/^[-+]/, '');
  if (unsigned === '.inf') return sign * Infinity;
  if (unsigned === '.nan') return Number.NaN;
  return sign * Number(unsigned.endsWith('.') ? `${unsigned}0` : unsigned.startsWith('.') ? `0${unsigned}` : unsigned);
}

const TIMESTAMP =
  /^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

/**
 * ruamel's timestamp: a date alone is a `date` (held here as midnight UTC); a date and time is
 * a naive `datetime` in UTC, an offset subtracted, fractions cut to microseconds.
 */
function constructTimestamp(text: string): Date {
  const match = TIMESTAMP.exec(text);
  if (match === null) throw new Refused(`not a timestamp: ${text}`);
  const [, year, month, day, hour, minute, second, fraction, zone, sign, zoneHours, zoneMinutes] = match;
  const date = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0));
  const millis = fraction === undefined || fraction === '' ? 0 : Math.floor(Number(`0.${fraction.slice(0, 6)}`) * 1000);
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') offset = (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes ?? 0)) * 60_000;
  return new Date(date + millis - offset);
}

/** `!!binary`: base64 as Python's lenient `base64.decodebytes` reads it (characters outside the alphabet dropped). */
function constructBinary(text: string): Uint8Array {
  const decoded = pythonB64decode(text);
  if (!decoded.ok) throw new Refused('invalid base64 in !!binary');
  return decoded.bytes;
}

/** Keys equal in Python (`1 == 1.0 == True`, `0 == False`) share an identity. */
function pythonKeyIdentity(key: unknown): string {
  if (key === true) return 'n:1';
  if (key === false) return 'n:0';
  if (typeof key === 'number' || typeof key === 'bigint') return `n:${String(key)}`;
  if (key === null) return 'None';
  if (key instanceof Date) return `d:${key.getTime()}`;
  return `s:${String(key)}`;
}

/** Python's `str()` of a scalar key. */
function pythonStr(key: unknown): string {
  if (key === null) return 'None';
  if (key === true) return 'True';
  if (key === false) return 'False';
  if (key instanceof Date) return key.toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '');
  return String(key);
}
