/**
 * Syntax tree → plain value, the way the AWS CLI's parser returns it: objects for pairs and
 * hashes (a later duplicate key inside `{…}` wins), arrays for lists, strings for scalars, and
 * `file://`/`fileb://` contents where the AWS CLI would load them.
 */
import type { ObjectNode, ScalarNode, ValueNode } from './ast.js';
import { endOf } from './ast.js';
import type { SyntaxDiagnostic } from './errors.js';
import type { Probe } from './scanner.js';

/** A parsed shorthand value. `fileb://` contents are bytes. */
export type ShorthandValue = string | Uint8Array | ShorthandValue[] | ShorthandObject;

/** A parsed object: own, enumerable properties only (`__proto__` is an ordinary key here). */
export interface ShorthandObject {
  [key: string]: ShorthandValue;
}

/**
 * Reads a file for `key@=file://path` (`binary` false, returns text) or `fileb://path`
 * (`binary` true, returns bytes). `path` is the text after the prefix. Throw a
 * `ParamFileError` to set the whole message, any other error to have it wrapped.
 */
export type FileReader = (path: string, binary: boolean) => string | Uint8Array;

/** An error whose message is the AWS CLI's full text for a file that cannot be loaded. */
export class ParamFileError extends Error {
  override readonly name = 'ParamFileError';
}

const FILE_PREFIXES: ReadonlyArray<readonly [string, boolean]> = [
  ['file://', false],
  ['fileb://', true],
];

/** Set `obj[key] = value` as an own data property, even for `__proto__`. */
export function setOwn(obj: ShorthandObject, key: string, value: ShorthandValue): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** Converts trees to values, loading files through `readFile` for scalars that start before `stopAt`. */
export class ValueBuilder {
  /** The first file that could not be loaded. */
  fileError: SyntaxDiagnostic | undefined;

  constructor(
    private readonly readFile: FileReader | undefined,
    private readonly stopAt: number,
    private readonly probes: readonly Probe[] = [],
  ) {}

  /** The plain value of `node`. */
  object(node: ObjectNode): ShorthandObject {
    const result: ShorthandObject = {};
    node.entries.forEach((entry, index) => {
      if (entry.value !== undefined) setOwn(result, entry.key.name, this.value(entry.value));
      if (!node.braced && entry.fileRef && this.probes.length > 0) {
        const next = node.entries[index + 1]?.offset ?? Infinity;
        // Probes are in input order: start at the first one in this pair (a scan of all of them
        // for every `@=` pair was quadratic).
        for (let i = firstAtOrAfter(this.probes, entry.offset); i < this.probes.length; i++) {
          const probe = this.probes[i] as Probe;
          // A probe can begin where the next pair begins: backtracking turned its text into that key.
          if (probe.start > next) break;
          this.load(probe.value, probe.start, probe.end);
        }
      }
    });
    return result;
  }

  /** The plain value of any value node. */
  value(node: ValueNode): ShorthandValue {
    switch (node.type) {
      case 'scalar':
        return node.resolvesFile ? this.maybeFile(node) : node.value;
      case 'list':
        return node.items.map((item) => this.value(item));
      case 'object':
        return this.object(node);
    }
  }

  private maybeFile(node: ScalarNode): ShorthandValue {
    return this.load(node.value, node.offset, endOf(node));
  }

  /** `text`'s file contents where it names a file and the AWS CLI would get this far, else `text`. */
  private load(text: string, start: number, end: number): ShorthandValue {
    const prefix = FILE_PREFIXES.find(([p]) => text.startsWith(p));
    if (prefix === undefined || this.fileError !== undefined || start >= this.stopAt) return text;
    const [name, binary] = prefix;
    try {
      if (this.readFile === undefined) throw new Error('no file reader was given to parse()');
      return this.readFile(text.slice(name.length), binary);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.fileError = {
        code: 'FILE_READ_FAILED',
        message: error instanceof ParamFileError ? detail : `Unable to load paramfile ${text}: ${detail}`,
        offset: start,
        length: end - start,
        severity: 'error',
      };
      return text;
    }
  }
}

/** Index of the first of `probes` (sorted by start) starting at or after `offset`. */
function firstAtOrAfter(probes: readonly Probe[], offset: number): number {
  let low = 0;
  let high = probes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((probes[mid] as Probe).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
