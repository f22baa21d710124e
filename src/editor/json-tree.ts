/**
 * JSON option values as the editor needs them: a tree whose nodes carry `offset` and `length`
 * (0-based UTF-16 code units, end exclusive), and, for text that is not JSON, the failure Python's
 * `json.loads` (the AWS CLI's reader) reports: its reason and the offset where it stops. The
 * accepted language is Python's (`NaN`, `Infinity`, any-size integers); values are kept as source
 * text except strings, which are decoded.
 */

/** A JSON string, decoded. */
export interface JsonStringNode {
  readonly kind: 'string';
  readonly value: string;
  readonly offset: number;
  readonly length: number;
}

/** A number, `true`, `false`, `null`, `NaN` or `Infinity`, as written. */
export interface JsonAtomNode {
  readonly kind: 'atom';
  readonly text: string;
  readonly offset: number;
  readonly length: number;
}

/** `{…}`: entries in written order (a repeated key keeps both, as the source has them). */
export interface JsonObjectNode {
  readonly kind: 'object';
  readonly entries: ReadonlyArray<{ readonly key: JsonStringNode; readonly value: JsonNode }>;
  readonly offset: number;
  readonly length: number;
}

/** `[…]`. */
export interface JsonArrayNode {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
  readonly offset: number;
  readonly length: number;
}

/** Any JSON node. */
export type JsonNode = JsonStringNode | JsonAtomNode | JsonObjectNode | JsonArrayNode;

/** Why a text is not JSON, as Python's `json.loads` says it. */
export interface JsonSyntaxError {
  /** Python's reason, e.g. `Expecting ',' delimiter` (without the position suffix). */
  readonly reason: string;
  /** Where Python stops, in UTF-16 code units. */
  readonly offset: number;
  /** Python's whole message: the reason and `line L column C (char N)` (code points, as Python counts). */
  readonly message: string;
}

/** The outcome of `parseJsonTree`. */
export type JsonTreeResult = { readonly ok: true; readonly root: JsonNode } | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * How deep containers may nest before the reader gives up (reported as Python's recursion
 * error would be): it recurses two frames a level, far within the main thread's stack.
 */
export const JSON_TREE_MAX_DEPTH = 500;

/** Raised inside the reader only. */
class Stop {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Read `text` as Python's `json.loads` does, keeping where each node stands.
 * @example parseJsonTree('{"a": 1}') // { ok: true, root: { kind: 'object', entries: [...], offset: 0, length: 8 } }
 * @example parseJsonTree('{a=1}') // error: Expecting property name enclosed in double quotes, at offset 1
 */
export function parseJsonTree(text: string): JsonTreeResult {
  try {
    if (text.startsWith('\ufeff')) throw new Stop('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    const reader = new Reader(text);
    const [root, end] = reader.value(reader.skip(0), 0);
    const after = reader.skip(end);
    if (after !== text.length) throw new Stop('Extra data', after);
    return { ok: true, root };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ok: false, error: { reason: error.reason, offset: error.offset, message: `${error.reason}: ${pythonPosition(text, error.offset)}` } };
  }
}

/** Python's `line L column C (char N)` for `offset`, counting code points. */
function pythonPosition(text: string, offset: number): string {
  const before = [...text.slice(0, offset)];
  const lastNewline = before.lastIndexOf('\n');
  const line = before.filter((char) => char === '\n').length + 1;
  return `line ${line} column ${before.length - lastNewline} (char ${before.length})`;
}

/** A recursive-descent reader with CPython's failure positions; depth-bounded. */
class Reader {
  constructor(private readonly text: string) {}

  skip(index: number): number {
    WHITESPACE.lastIndex = index;
    WHITESPACE.exec(this.text);
    return WHITESPACE.lastIndex;
  }

  /** The value starting exactly at `index` and the index after it. */
  value(index: number, depth: number): [JsonNode, number] {
    const text = this.text;
    const char = text[index];
    if (char === '"') {
      const [value, end] = this.string(index + 1);
      return [{ kind: 'string', value, offset: index, length: end - index }, end];
    }
    if (char === '{' || char === '[') {
      // Python fails with RecursionError; the editor reports it where the container opens.
      if (depth >= JSON_TREE_MAX_DEPTH) throw new Stop('maximum recursion depth exceeded', index);
      return char === '{' ? this.object(index, depth + 1) : this.array(index, depth + 1);
    }
    for (const word of ['null', 'true', 'false', 'NaN', 'Infinity', '-Infinity']) {
      if (text.startsWith(word, index)) return [{ kind: 'atom', text: word, offset: index, length: word.length }, index + word.length];
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number !== null && number[0] !== '' && number[0] !== '-') {
      return [{ kind: 'atom', text: number[0], offset: index, length: number[0].length }, index + number[0].length];
    }
    throw new Stop('Expecting value', index);
  }

  /** `{` at `start`: entries up to the matching `}`. */
  private object(start: number, depth: number): [JsonObjectNode, number] {
    const text = this.text;
    const entries: Array<{ key: JsonStringNode; value: JsonNode }> = [];
    let index = this.skip(start + 1);
    if (text[index] === '}') return [{ kind: 'object', entries, offset: start, length: index + 1 - start }, index + 1];
    for (;;) {
      if (text[index] !== '"') throw new Stop('Expecting property name enclosed in double quotes', index);
      const [name, keyEnd] = this.string(index + 1);
      const key: JsonStringNode = { kind: 'string', value: name, offset: index, length: keyEnd - index };
      index = this.skip(keyEnd);
      if (text[index] !== ':') throw new Stop("Expecting ':' delimiter", index);
      index = this.skip(index + 1);
      const [value, valueEnd] = this.value(index, depth);
      entries.push({ key, value });
      index = this.skip(valueEnd);
      if (text[index] === '}') return [{ kind: 'object', entries, offset: start, length: index + 1 - start }, index + 1];
      if (text[index] !== ',') throw new Stop("Expecting ',' delimiter", index);
      index = this.skip(index + 1);
    }
  }

  /** `[` at `start`: items up to the matching `]`. */
  private array(start: number, depth: number): [JsonArrayNode, number] {
    const text = this.text;
    const items: JsonNode[] = [];
    let index = this.skip(start + 1);
    if (text[index] === ']') return [{ kind: 'array', items, offset: start, length: index + 1 - start }, index + 1];
    for (;;) {
      const [item, end] = this.value(index, depth);
      items.push(item);
      index = this.skip(end);
      if (text[index] === ']') return [{ kind: 'array', items, offset: start, length: index + 1 - start }, index + 1];
      if (text[index] !== ',') throw new Stop("Expecting ',' delimiter", index);
      index = this.skip(index + 1);
    }
  }

  /** A string's content from `index` (just past its opening quote): the decoded text and the index after the closing quote. */
  private string(index: number): [string, number] {
    const text = this.text;
    const begin = index - 1;
    let out = '';
    let i = index;
    for (;;) {
      if (i >= text.length) throw new Stop('Unterminated string starting at', begin);
      const char = text[i] as string;
      if (char === '"') return [out, i + 1];
      if (char.charCodeAt(0) < 0x20) throw new Stop('Invalid control character at', i);
      if (char !== '\\') {
        out += char;
        i += 1;
        continue;
      }
      const escape = text[i + 1];
      if (escape === undefined) throw new Stop('Unterminated string starting at', begin);
      if (escape !== 'u') {
        const simple = ESCAPES[escape];
        if (simple === undefined) throw new Stop('Invalid \\escape', i);
        out += simple;
        i += 2;
        continue;
      }
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Stop('Invalid \\uXXXX escape', i + 1);
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 6;
    }
  }
}
