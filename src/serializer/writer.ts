/**
 * The walk that writes a value as compact shorthand: model-aware where a shape is known,
 * model-less where not. It stops at the first part shorthand cannot carry and reports why, so
 * the caller can fall back to JSON. With `record` on, it also notes where every list, hash and
 * csv list begins and ends, which is all the pretty printer needs to re-lay the same text.
 */
import { MAX_NESTING_DEPTH } from '../grammar/scanner.js';
import { isDict } from '../model/python.js';
import type { ListShape, MapShape, Shape, StructureShape } from '../model/shape.js';
import { isScalarKind, scalarText } from './scalars.js';
import type { Looseness } from './scalars.js';
import { TextSink } from './sink.js';
import { encodeAvoiding, encodeDangling, writeBare, writeKey } from './strings.js';
import type { ValuePosition } from './strings.js';
import { SerializeError } from './types.js';
import type { FallbackCode, PathSegment, SerializeErrorCode } from './types.js';

/**
 * Why the walk stopped; `path` is filled in as the walk unwinds. A `fatal` failure is a value
 * no form can carry (JSON neither), which `serialize` throws as a `SerializeError`.
 */
export type WriteFailure =
  | { readonly fatal: false; readonly code: FallbackCode; readonly message: string; readonly path: PathSegment[] }
  | { readonly fatal: true; readonly code: SerializeErrorCode; readonly message: string; readonly path: PathSegment[] };

/**
 * A run of entries in the written text: a `[…]` list, a `{…}` hash, a top-level csv list
 * (no brackets) or the top level itself. Offsets index the writer's `out`; `close` is exclusive.
 */
export interface Span {
  readonly kind: 'list' | 'hash' | 'csv' | 'top';
  open: number;
  close: number;
  readonly entries: Entry[];
}

/**
 * A list item or a `key=value` pair; `value` is set when the value is itself a span. A csv
 * item keeps its unencoded text in `raw`, so the pretty printer can move it into brackets.
 */
export interface Entry {
  start: number;
  end: number;
  value?: Span;
  raw?: string;
}

const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const SPACE = 0x20;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

/** Writes one value; create one per `serialize` call. */
export class Writer {
  private readonly sink = new TextSink();
  private text: string | undefined;
  /** Set when the walk stopped. */
  failure: WriteFailure | undefined;
  /** With `record`, the top-level span. */
  readonly top: Span | undefined;
  /** The last thing written was a bare value ending in `\`: a `,` right after would be `\,`. */
  private endsWithBackslash = false;
  /** The unencoded text of the last scalar written. */
  private lastText = '';
  /** Inside a csv list, where an unsayable item should rather turn the list into brackets. */
  private inCsv = false;

  /** Quoted values written with an escaped closing quote: the quote and its offset. */
  readonly danglingQuotes: Array<{ readonly quote: '"' | "'"; readonly close: number }> = [];

  /**
   * @param record note spans for the pretty printer
   * @param dangling whether to write strings that need quotes and end in `\\` with an escaped
   *   closing quote (the caller must then check `danglingFailures()` on the finished text), and
   *   which of them (by order of appearance) take the quote they hold more of
   */
  constructor(
    record: boolean,
    private readonly dangling: { readonly flip: ReadonlySet<number> } | undefined,
  ) {
    this.top = record ? { kind: 'top', open: 0, close: 0, entries: [] } : undefined;
  }

  /** The text written (decoded once; write nothing after reading it). */
  get out(): string {
    this.text ??= this.sink.toString();
    return this.text;
  }

  /** Positions (in `danglingQuotes`) of those followed by another of their quote character. */
  danglingFailures(): number[] {
    const failures: number[] = [];
    this.danglingQuotes.forEach(({ quote, close }, i) => {
      if (this.out.indexOf(quote, close + 1) !== -1) failures.push(i);
    });
    return failures;
  }

  /**
   * A structure's or map's members as top-level pairs (`a=1,b=[x]`, no braces).
   * `shape` is a structure, union or map shape, or undefined (model-less).
   */
  topLevel(value: unknown, shape: StructureShape | MapShape | undefined, looseness: Looseness): boolean {
    if (!isDict(value)) {
      return this.fail('NOT_A_STRUCTURE', `the top level must be an object of members, not ${describe(value)}`);
    }
    const wrote = this.pairs(value, shape, looseness, 0, this.top);
    if (wrote === false) return false;
    if (wrote === 0) return this.fail('EMPTY_STRUCTURE', 'shorthand needs at least one key=value pair');
    if (this.top !== undefined) this.top.close = this.sink.length;
    return true;
  }

  /**
   * Writes `key=value` pairs separated by commas; `depth` 0 is the top level (csv lists allowed,
   * no braces). Resolves to the number of pairs written, or false on failure.
   */
  private pairs(
    value: Record<string, unknown>,
    shape: StructureShape | MapShape | undefined,
    looseness: Looseness,
    depth: number,
    span: Span | undefined,
  ): number | false {
    let written = 0;
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined) continue;
      let itemShape: Shape | undefined;
      let itemLooseness = looseness;
      if (shape === undefined) {
        itemShape = undefined;
      } else if (shape.kind === 'map') {
        itemShape = shape.value;
      } else {
        itemShape = shape.members.get(key)?.shape;
        if (itemShape === undefined) itemLooseness = 'strict';
      }
      if (written > 0) this.comma();
      const start = this.sink.length;
      // A failed walk's text is thrown away, so the comma written before a bad key does no harm.
      if (!writeKey(this.sink, key)) {
        return this.failAt(key, 'UNSAYABLE_KEY', `the key ${JSON.stringify(key)} has characters outside [A-Za-z0-9_.#/:-]`);
      }
      this.sink.appendCode(EQUALS);
      const entry: Entry | undefined = span === undefined ? undefined : { start, end: start };
      const ok =
        depth === 0
          ? this.topValue(item, itemShape, itemLooseness, entry)
          : this.value(item, itemShape, itemLooseness, depth, 'first', entry);
      if (!ok) return this.unwind(key);
      if (entry !== undefined && span !== undefined) {
        entry.end = this.sink.length;
        span.entries.push(entry);
      }
      written++;
    }
    return written;
  }

  /** A top-level pair's value: lists of scalars as csv (`a=x,y`), everything else as nested. */
  private topValue(value: unknown, shape: Shape | undefined, looseness: Looseness, entry: Entry | undefined): boolean {
    if (Array.isArray(value) && (shape === undefined || shape.kind === 'list')) {
      const items: unknown[] = value;
      const member = shape?.member;
      if (member === undefined ? items.length >= 2 && items.every(isLooseScalar) : isScalarKind(member.kind) && items.length > 0) {
        if (items.length >= 2) {
          const mark = this.sink.length;
          if (this.csv(items, member, looseness, entry)) return true;
          // A later csv item can be unsayable where a list item is not (`x,"=\\"` vs `[x,=\\]`).
          if (this.failure?.fatal !== false || this.failure.code !== 'UNSAYABLE_STRING') return false;
          this.sink.truncate(mark);
          this.failure = undefined;
          this.endsWithBackslash = false;
          if (entry !== undefined) delete entry.value;
        }
        // The AWS CLI wraps a lone scalar where the model wants a list, but does not coerce the
        // wrapped element, so only text-valued members may drop the brackets.
        const kind = member?.kind;
        if (items.length === 1 && (kind === 'string' || kind === 'blob' || kind === 'timestamp')) {
          return this.scalar(items[0], member, looseness, 'first', 0);
        }
      }
    }
    return this.value(value, shape, looseness, 0, 'first', entry);
  }

  /** `x,y,z` after a top-level `key=`. */
  private csv(items: unknown[], member: Shape | undefined, looseness: Looseness, entry: Entry | undefined): boolean {
    const span: Span | undefined = entry === undefined ? undefined : { kind: 'csv', open: this.sink.length, close: 0, entries: [] };
    this.inCsv = true;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.comma();
      const start = this.sink.length;
      if (!this.scalar(items[i], member, looseness, i === 0 ? 'first' : 'later', i)) {
        this.inCsv = false;
        return false;
      }
      span?.entries.push({ start, end: this.sink.length, raw: this.lastText });
    }
    this.inCsv = false;
    if (span !== undefined && entry !== undefined) {
      span.close = this.sink.length;
      entry.value = span;
    }
    return true;
  }

  /** Any value where a first value stands (list item, hash value, top-level value). */
  private value(
    value: unknown,
    shape: Shape | undefined,
    looseness: Looseness,
    depth: number,
    position: ValuePosition,
    entry: Entry | undefined,
  ): boolean {
    if (value === null || value === undefined) return this.fail('NULL_VALUE', 'shorthand has no word for null');
    const kind = shape?.kind;
    if (kind === 'document') {
      return this.fail('DOCUMENT_TYPE', 'the AWS CLI does not accept shorthand for document types');
    }
    if (Array.isArray(value)) {
      if (shape !== undefined && kind !== 'list') return this.mismatch(value, shape);
      return this.list(value, (shape as ListShape | undefined)?.member, looseness, depth, entry);
    }
    if (isDict(value)) {
      if (shape !== undefined && kind !== 'structure' && kind !== 'union' && kind !== 'map') return this.mismatch(value, shape);
      return this.hash(value, shape as StructureShape | MapShape | undefined, looseness, depth, entry);
    }
    if (shape !== undefined && !isScalarKind(shape.kind)) return this.mismatch(value, shape);
    return this.scalar(value, shape, looseness, position, undefined);
  }

  private list(items: unknown[], member: Shape | undefined, looseness: Looseness, depth: number, entry: Entry | undefined): boolean {
    if (depth >= MAX_NESTING_DEPTH) return this.tooDeep();
    const span: Span | undefined = entry === undefined ? undefined : { kind: 'list', open: this.sink.length, close: 0, entries: [] };
    this.sink.appendCode(LBRACKET);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.comma();
      const child: Entry | undefined = span === undefined ? undefined : { start: this.sink.length, end: 0 };
      if (!this.value(items[i], member, looseness, depth + 1, 'first', child)) return this.unwind(i);
      if (child !== undefined && span !== undefined) {
        child.end = this.sink.length;
        span.entries.push(child);
      }
    }
    this.sink.appendCode(RBRACKET);
    this.endsWithBackslash = false;
    if (span !== undefined && entry !== undefined) {
      span.close = this.sink.length;
      entry.value = span;
    }
    return true;
  }

  private hash(
    value: Record<string, unknown>,
    shape: StructureShape | MapShape | undefined,
    looseness: Looseness,
    depth: number,
    entry: Entry | undefined,
  ): boolean {
    if (depth >= MAX_NESTING_DEPTH) return this.tooDeep();
    const span: Span | undefined = entry === undefined ? undefined : { kind: 'hash', open: this.sink.length, close: 0, entries: [] };
    this.sink.appendCode(LBRACE);
    if (this.pairs(value, shape, looseness, depth + 1, span) === false) return false;
    this.sink.appendCode(RBRACE);
    this.endsWithBackslash = false;
    if (span !== undefined && entry !== undefined) {
      span.close = this.sink.length;
      entry.value = span;
    }
    return true;
  }

  /** A scalar as bare or quoted text; `index` names it in a failure's path (csv items). */
  private scalar(value: unknown, shape: Shape | undefined, looseness: Looseness, position: ValuePosition, index: number | undefined): boolean {
    let text: string | undefined;
    try {
      // Strings are most values; they need no conversion where a string (or anything) is wanted.
      text =
        typeof value === 'string' && (shape === undefined || shape.kind === 'string')
          ? value
          : scalarText(value, shape !== undefined && isScalarKind(shape.kind) ? shape.kind : undefined, looseness);
    } catch (error) {
      if (!(error instanceof SerializeError)) throw error;
      this.failure = { fatal: true, code: error.code, message: error.message, path: [] };
      return this.unwindFrom(index);
    }
    if (text === undefined) {
      if (shape !== undefined) {
        this.mismatch(value, shape);
        return this.unwindFrom(index);
      }
      if (looseness === 'strict' && isLooseScalar(value)) {
        this.fail('UNKNOWN_MEMBER', `${describe(value)} under a member the shape does not have would read back as a string`);
      } else {
        this.failure = { fatal: true, code: 'UNSUPPORTED_VALUE', message: `${describe(value)} cannot be written`, path: [] };
      }
      return this.unwindFrom(index);
    }
    if (writeBare(this.sink, text, position)) {
      this.lastText = text;
      this.endsWithBackslash = text.charCodeAt(text.length - 1) === BACKSLASH;
      return true;
    }
    const avoid = this.danglingQuotes.length === 0 ? undefined : this.danglingQuotes[this.danglingQuotes.length - 1]?.quote;
    let encoded = encodeAvoiding(text, position, avoid);
    if (encoded === undefined) {
      if (this.dangling === undefined || this.inCsv) {
        this.fail(
          'UNSAYABLE_STRING',
          'a string that needs quotes and ends with a backslash can only be the last value in its quote character',
        );
        return this.unwindFrom(index);
      }
      const dangling = encodeDangling(text, this.dangling.flip.has(this.danglingQuotes.length), avoid);
      encoded = dangling.text;
      this.danglingQuotes.push({ quote: dangling.quote, close: this.sink.length + encoded.length - 1 });
    }
    this.sink.append(encoded);
    this.lastText = text;
    this.endsWithBackslash = encoded.charCodeAt(encoded.length - 1) === BACKSLASH;
    return true;
  }

  /** A separating comma; a space first when a bare value ends in `\` (`x\ ,` reads `x\`). */
  private comma(): void {
    if (this.endsWithBackslash) this.sink.appendCode(SPACE);
    this.sink.appendCode(COMMA);
    this.endsWithBackslash = false;
  }

  private mismatch(value: unknown, shape: Shape): false {
    return this.fail('SHAPE_MISMATCH', `${describe(value)} does not fit the ${shape.kind} shape ${shape.name}`);
  }

  private tooDeep(): false {
    return this.fail('NESTING_TOO_DEEP', `more than ${MAX_NESTING_DEPTH} nested lists and hashes`);
  }

  private fail(code: FallbackCode, message: string): false {
    this.failure = { fatal: false, code, message, path: [] };
    return false;
  }

  private failAt(segment: PathSegment, code: FallbackCode, message: string): false {
    this.failure = { fatal: false, code, message, path: [segment] };
    return false;
  }

  /** `unwind(index)` for csv items, which have no frame of their own; a no-op otherwise. */
  private unwindFrom(index: number | undefined): false {
    return index === undefined ? false : this.unwind(index);
  }

  /** Adds `segment` to the front of the failure's path while the walk unwinds. */
  private unwind(segment: PathSegment): false {
    this.failure?.path.unshift(segment);
    return false;
  }
}


/** A value written as one word when there is no shape. */
function isLooseScalar(value: unknown): boolean {
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'bigint' || value instanceof Date;
}

/** A short description of a value for messages: its JSON text, cut short, or its type. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${clip(JSON.stringify(value))}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (typeof value === 'bigint') return `the integer ${value.toString()}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}
