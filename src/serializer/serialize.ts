/**
 * `serialize`: a parameter's value as shorthand the AWS CLI reads back as that value, or JSON
 * with the reason when shorthand cannot say it. `serializeList`: a list parameter the CLI takes
 * as several words (`--tags Key=a,Value=b Key=c,Value=d`).
 */
import type { ListShape, MapShape, Shape, StructureShape } from '../model/shape.js';
import { jsonText } from './json.js';
import { prettyText } from './pretty.js';
import { isScalarKind, scalarText } from './scalars.js';
import { formatPath, SerializeError } from './types.js';
import type { FallbackCode, FallbackReason, JsonResult, PathSegment, SerializeOptions, SerializeResult } from './types.js';
import { isDict } from '../model/python.js';
import { describe, Writer } from './writer.js';

const DEFAULT_INDENT = 2;
const NO_FLIPS = { flip: new Set<number>() };
const DEFAULT_WIDTH = 80;

/**
 * Write `value`, the members of one structure or map parameter, as top-level shorthand
 * (`a=1,b=[x,y]`, no braces). With `shape` the text is model-aware: lists of scalars as csv,
 * numbers and booleans plain, and the AWS CLI's parse plus its model coercion gives back exactly
 * `value`. Without a shape, strings, lists and objects read back exactly; numbers and booleans
 * are written as their text (they read back as strings until a model coerces them).
 * Throws `SerializeError` only for values JSON cannot carry either.
 * @example serialize({ Key: 'a', Values: ['x', 'y'] }) // { kind: 'shorthand', text: 'Key=a,Values=x,y' }
 * @example serialize({ a: null }).kind // 'json'
 */
export function serialize(value: unknown, shape?: Shape, options: SerializeOptions = {}): SerializeResult {
  const pretty = options.pretty === true;
  if (shape !== undefined && shape.kind !== 'structure' && shape.kind !== 'union' && shape.kind !== 'map') {
    const message =
      shape.kind === 'document'
        ? 'the AWS CLI does not accept shorthand for document types'
        : shape.kind === 'list'
          ? `a list shape (${shape.name}) is written item by item; use serializeList`
          : `shorthand writes structures and maps, not the ${shape.kind} shape ${shape.name}`;
    return fallback(value, { code: shape.kind === 'document' ? 'DOCUMENT_TYPE' : 'NOT_A_STRUCTURE', path: [], message }, pretty);
  }
  // A string that needs quotes and ends in `\\` is quoted with an escaped closing quote, which
  // holds only while no later character is that quote: if one is, try the other quote for it,
  // then give up on the form (the last pass names the string that cannot be said).
  let writer = new Writer(pretty, NO_FLIPS);
  let ok = writer.topLevel(value, shape, 'loose');
  if (ok && writer.danglingFailures().length > 0) {
    writer = new Writer(pretty, { flip: new Set(writer.danglingFailures()) });
    ok = writer.topLevel(value, shape, 'loose');
    if (ok && writer.danglingFailures().length > 0) {
      writer = new Writer(pretty, undefined);
      ok = writer.topLevel(value, shape, 'loose');
    }
  }
  if (!ok) return failed(value, writer, pretty);
  if (!pretty || writer.top === undefined) return { kind: 'shorthand', text: writer.out };
  const layout = {
    indent: options.indent ?? DEFAULT_INDENT,
    width: options.width ?? DEFAULT_WIDTH,
    // Bracketing a csv list may add quotes after a dangling quoted value.
    csvToBrackets: writer.danglingQuotes.length === 0,
  };
  return { kind: 'shorthand', text: prettyText(writer.out, writer.top, layout) };
}

/** A list parameter as the AWS CLI's separate words, or JSON for the whole list. */
export type ListResult = ListWords | JsonResult;

/** The words of a list parameter. */
export interface ListWords {
  readonly kind: 'words';
  /**
   * One word per item: top-level shorthand for structures and maps (`shorthand`), the plain
   * text of each scalar for lists of scalars (`scalars`), which the AWS CLI takes word for word.
   */
  readonly form: 'shorthand' | 'scalars';
  readonly items: readonly string[];
}

/**
 * Write a list parameter as the words the AWS CLI reads one item from each: shorthand per
 * structure or map item, plain text per scalar item. When any item cannot be a word (a list of
 * lists, a document, an item shorthand cannot say), the whole list comes back as JSON.
 * Command-line concerns (words starting with `-`, a lone word starting with `[`) are the
 * caller's; see `toCommandLine`.
 * @example serializeList([{ Key: 'a' }, { Key: 'b' }]) // { kind: 'words', form: 'shorthand', items: ['Key=a', 'Key=b'] }
 */
export function serializeList(values: unknown, shape?: ListShape, options: SerializeOptions = {}): ListResult {
  const pretty = options.pretty === true;
  if (!Array.isArray(values)) {
    return fallback(values, { code: 'SHAPE_MISMATCH', path: [], message: `${describe(values)} is not a list` }, pretty);
  }
  const items: unknown[] = values;
  const member = shape?.member;
  if (member !== undefined ? isScalarKind(member.kind) : items.length > 0 && items.every((item) => !isDict(item) && !Array.isArray(item))) {
    const words: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const kind = member !== undefined && isScalarKind(member.kind) ? member.kind : undefined;
      const text = item === null || item === undefined ? undefined : scalarText(item, kind, 'loose');
      if (text === undefined) {
        const because: FallbackReason =
          item === null || item === undefined
            ? { code: 'NULL_VALUE', path: [i], message: 'shorthand has no word for null' }
            : { code: member === undefined ? 'NOT_A_STRUCTURE' : 'SHAPE_MISMATCH', path: [i], message: `${describe(item)} does not fit ${member?.name ?? 'a word'}` };
        return fallback(values, because, pretty);
      }
      words.push(text);
    }
    return { kind: 'words', form: 'scalars', items: words };
  }
  if (member !== undefined && member.kind !== 'structure' && member.kind !== 'union' && member.kind !== 'map') {
    const code: FallbackCode = member.kind === 'document' ? 'DOCUMENT_TYPE' : 'NOT_A_STRUCTURE';
    if (items.length > 0) return fallback(values, { code, path: [], message: `a list of ${member.kind}s cannot be written as shorthand words` }, pretty);
  }
  const words: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = serialize(items[i], member as StructureShape | MapShape | undefined, options);
    if (result.kind === 'json') return fallback(values, { ...result.because, path: [i, ...result.because.path] }, pretty);
    words.push(result.text);
  }
  return { kind: 'words', form: 'shorthand', items: words };
}

function failed(value: unknown, writer: Writer, pretty: boolean): JsonResult {
  const failure = writer.failure;
  if (failure === undefined) throw new Error('the shorthand writer stopped without a reason');
  if (failure.fatal) throw new SerializeError(failure.code, `${failure.message} at ${formatPath(failure.path)}`, failure.path);
  return fallback(value, { code: failure.code, path: failure.path, message: failure.message }, pretty);
}

function fallback(value: unknown, because: FallbackReason, pretty: boolean): JsonResult {
  return { kind: 'json', text: jsonText(value, pretty ? DEFAULT_INDENT : undefined), reason: reasonText(because), because };
}

/** `message at Path` (or just the message at the top level). */
function reasonText(because: FallbackReason): string {
  return because.path.length === 0 ? because.message : `${because.message} at ${formatPath(because.path as PathSegment[])}`;
}
