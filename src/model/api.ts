/**
 * The model-aware API: shorthand text + a shape → the value the AWS CLI would send, with
 * botocore's validation. Shapes are given as objects (from a loader or an SDK schema) or as
 * `service.ShapeName` references resolved through a registry (the bundled models by default).
 *
 * `parse` throws typed errors; `analyzeShorthand` never throws and keeps everything (tree,
 * walk, syntax errors, coercion and validation issues with source ranges) for editors and the
 * CLI's JSON output.
 */
import { parse as parseSyntax, parseDocument, ShorthandError } from '../grammar/index.js';
import type { ObjectNode, ParseOptions, ParsedDocument, SyntaxDiagnostic, ValueNode } from '../grammar/index.js';
import { parseDirect } from '../grammar/direct-value.js';
import { ValueBuilder } from '../grammar/value.js';
import type { ShorthandObject } from '../grammar/value.js';
import { coerceValue } from './coerce.js';
import { isDict } from './python.js';
import { CoercionError, ParamValidationError } from './errors.js';
import type { CoercionIssue, SourceRange, ValidationIssue } from './errors.js';
import { pathKey } from './path.js';
import type { ModelPath } from './path.js';
import { bundledRegistry } from './registry.js';
import type { ModelRegistry } from './registry.js';
import type { Shape } from './shape.js';
import type { TypedShape } from './loaders/sdk-schema.js';
import { validateValue } from './validate.js';
import type { ValidateOptions } from './validate.js';
import { ShapeWalk } from './walk.js';

/** A shape, or a `service.ShapeName` reference to one (`sagemaker.AutoMLChannel`). */
export type ShapeSource = Shape | string;

/** A value after coercion: what the AWS CLI hands to botocore. */
export type CoercedValue =
  | string
  | number
  | bigint
  | boolean
  | Uint8Array
  | CoercedValue[]
  | { [key: string]: CoercedValue };

/** The value type `parse` returns for a shape: the SDK's type for a typed SDK shape. */
export type ParsedValueOf<S> = S extends TypedShape<infer T> ? (unknown extends T ? CoercedValue : T) : CoercedValue;

/** Options of the model-aware functions. */
export interface ModelOptions extends ValidateOptions {
  /** Resolves `service.ShapeName` references; default: the bundled models. */
  readonly registry?: ModelRegistry;
}

/** Options of `parse` and `analyzeShorthand`. */
export interface ModelParseOptions extends ModelOptions, ParseOptions {
  /** Run botocore's validation (default `true`); `parse` throws `ParamValidationError` on errors. */
  readonly validate?: boolean;
}

/** A syntax diagnostic, tagged with its word for input given as several words. */
export type WordDiagnostic = SyntaxDiagnostic & { readonly word?: number };

/** Everything known about one shorthand input checked against a shape. */
export interface ShorthandAnalysis {
  readonly shape: Shape;
  /** One parsed document per word (one for a plain string). */
  readonly documents: readonly ParsedDocument[];
  /** Node → shape and path; lookups by path and offset. */
  readonly walk: ShapeWalk;
  /** Syntax errors (and file read failures), in input order. */
  readonly syntaxErrors: readonly WordDiagnostic[];
  /** The coerced value; built from the partial tree when there are syntax errors. */
  readonly value: CoercedValue;
  /** Every value the AWS CLI could not coerce, the one it stops at first. */
  readonly coercionIssues: readonly CoercionIssue[];
  /** botocore's findings and our warnings, with source ranges; none for values that failed coercion. */
  readonly validation: readonly ValidationIssue[];
  /** True when the input parsed, coerced and validated without errors (warnings allowed). */
  readonly ok: boolean;
}

/**
 * The shape a source names: a shape as it is, a `service.ShapeName` reference through
 * `registry` (default: the bundled models). Throws `ModelError` for unknown references.
 * @example resolveShape('sagemaker.AutoMLChannel').kind // 'structure'
 */
export function resolveShape(source: ShapeSource, registry: ModelRegistry = bundledRegistry()): Shape {
  return typeof source === 'string' ? registry.shape(source) : source;
}

/**
 * Parse shorthand into the value the AWS CLI would send for `shape`: syntax, then coercion,
 * then (unless `validate: false`) botocore's validation. Throws `ShorthandError`,
 * `CoercionError` or `ParamValidationError`, each with source ranges. Give an array of words
 * for a list argument written as several words (`--tags Key=a,Value=b Key=c,Value=d`).
 * @example parse('MaxCandidates=5', 'sagemaker.AutoMLJobCompletionCriteria') // { MaxCandidates: 5 }
 */
export function parse<S extends ShapeSource>(
  text: string | readonly string[],
  shape: S,
  options: ModelParseOptions = {},
): ParsedValueOf<S> {
  const target = resolveShape(shape, options.registry);
  const words = typeof text === 'string' ? [text] : text;
  const parsed = words.map((word) => parseSyntax(word, options));
  const syntaxValue = typeof text === 'string' ? parsed[0] : parsed;
  const located = lazyLocator(text, target);
  const order = lazyKeyOrder(located, parsed);
  const coerced = coerceValue(syntaxValue, target, { keyOrder: order });
  if (coerced.issues.length > 0) {
    throw new CoercionError(coerced.issues.map((issue) => withRange(issue, located().rangeAt(issue.segments))));
  }
  if (options.validate !== false) {
    const issues = validateValue(coerced.value, target, { ...options, keyOrder: coerced.keyOrder });
    if (issues.some((issue) => issue.severity === 'error')) {
      throw new ParamValidationError(issues.map((issue) => locateIssue(issue, located())));
    }
  }
  return coerced.value as ParsedValueOf<S>;
}

/**
 * Parse, coerce and validate without throwing: syntax errors, coercion issues and validation
 * issues all come back with source ranges, and the tree walk comes with them.
 * @example analyzeShorthand('Foo=1', 'sagemaker.AutoMLJobCompletionCriteria').validation[0].code // 'UNKNOWN_KEY'
 */
export function analyzeShorthand(
  text: string | readonly string[],
  shape: ShapeSource,
  options: ModelParseOptions = {},
): ShorthandAnalysis {
  const target = resolveShape(shape, options.registry);
  const single = typeof text === 'string';
  const words = single ? [text] : text;
  const direct = words.map((word) => parseDirect(word));
  if (direct.every((value) => value !== undefined)) return cleanAnalysis(words, single, direct, target, options);
  const documents = words.map((word) => parseDocument(word));
  const walk = new ShapeWalk(
    documents.map((doc) => doc.ast),
    target,
    !single,
  );
  const syntaxErrors: WordDiagnostic[] = [];
  const values = words.map((word, i) => {
    const doc = documents[i] as ParsedDocument;
    const tag = (diagnostic: SyntaxDiagnostic): WordDiagnostic => (single ? diagnostic : inWord(diagnostic, i));
    if (doc.errors.length > 0) {
      // A loop, not push(...errors): an error flood has more errors than a call has arguments.
      for (const error of doc.errors) syntaxErrors.push(tag(error));
      return new ValueBuilder(undefined, Infinity).object(doc.ast);
    }
    try {
      return parseSyntax(word, options);
    } catch (error) {
      if (!(error instanceof ShorthandError)) throw error;
      syntaxErrors.push(tag({ code: error.code, message: error.message, offset: error.offset, length: error.length, severity: 'error' }));
      return new ValueBuilder(undefined, Infinity).object(doc.ast);
    }
  });
  const order = writtenKeyOrders(documents.map((doc) => doc.ast), values);
  const { value, coercionIssues, validation } = coerceAndValidate(values, single, target, options, (written) => order.get(written), () => walk);
  return {
    shape: target,
    documents,
    walk,
    syntaxErrors,
    value,
    coercionIssues,
    validation,
    ok: syntaxErrors.length === 0 && coercionIssues.length === 0 && !validation.some((issue) => issue.severity === 'error'),
  };
}

/**
 * `analyzeShorthand` for words the grammar's fast path read (so they have no syntax errors):
 * the trees and the walk cost more than the rest together, and a clean value rarely needs them,
 * so they are built on first use — to place an issue, or when a consumer (hover, completion,
 * blob checks) asks. The result is the one the eager path gives.
 */
function cleanAnalysis(
  words: readonly string[],
  single: boolean,
  values: readonly ShorthandObject[],
  target: Shape,
  options: ModelParseOptions,
): ShorthandAnalysis {
  let documents: ParsedDocument[] | undefined;
  let walk: ShapeWalk | undefined;
  const parsed = (): ParsedDocument[] => (documents ??= words.map((word) => parseDocument(word)));
  const walked = (): ShapeWalk => (walk ??= new ShapeWalk(parsed().map((doc) => doc.ast), target, !single));
  const { value, coercionIssues, validation } = coerceAndValidate(values, single, target, options, lazyKeyOrder(walked, values), walked);
  return {
    shape: target,
    get documents() {
      return parsed();
    },
    get walk() {
      return walked();
    },
    syntaxErrors: [],
    value,
    coercionIssues,
    validation,
    ok: coercionIssues.length === 0 && !validation.some((issue) => issue.severity === 'error'),
  };
}

/** What coercion and validation find in a value, each issue placed in the text. */
interface CheckedValue {
  readonly value: CoercedValue;
  readonly coercionIssues: ShorthandAnalysis['coercionIssues'];
  readonly validation: ShorthandAnalysis['validation'];
}

/**
 * Coerce the words' `values` to `target` and validate the result as botocore does, placing each
 * issue with the walk `walked` gives (built on first need by the clean path); validation issues
 * under a value that failed coercion are left out, as they would repeat it.
 */
function coerceAndValidate(
  values: readonly unknown[],
  single: boolean,
  target: Shape,
  options: ModelParseOptions,
  keyOrder: NonNullable<Parameters<typeof coerceValue>[2]>['keyOrder'],
  walked: () => ShapeWalk,
): CheckedValue {
  const coerced = coerceValue(single ? values[0] : values, target, { keyOrder });
  const coercionIssues = coerced.issues.map((issue) => withRange(issue, walked().rangeAt(issue.segments)));
  const failedPaths = pathTrie(coercionIssues.map((issue) => issue.segments));
  const validation =
    options.validate === false
      ? []
      : validateValue(coerced.value, target, { ...options, keyOrder: coerced.keyOrder })
          .filter((issue) => !underAny(issue.segments, failedPaths))
          .map((issue) => locateIssue(issue, walked()));
  return { value: coerced.value as CoercedValue, coercionIssues, validation };
}

/**
 * Coerce a plain value (e.g. from the grammar's `parse`) to a shape as the AWS CLI does;
 * throws `CoercionError` at the first value it cannot convert.
 * @example coerce({ Subnets: 'subnet-1' }, 'sagemaker.VpcConfig') // { Subnets: ['subnet-1'] }
 */
export function coerce<S extends ShapeSource>(value: unknown, shape: S, options: ModelOptions = {}): ParsedValueOf<S> {
  const result = coerceValue(value, resolveShape(shape, options.registry), options);
  if (result.issues.length > 0) throw new CoercionError(result.issues);
  return result.value as ParsedValueOf<S>;
}

/**
 * Validate a plain value against a shape as botocore does: every issue, in botocore's order,
 * warnings included (no source ranges: there is no text).
 * @example validate({ Key: '' }, 'sagemaker.Tag').map((issue) => issue.code) // ['MISSING_REQUIRED', 'INVALID_LENGTH']
 */
export function validate(value: unknown, shape: ShapeSource, options: ModelOptions = {}): ValidationIssue[] {
  return validateValue(value, resolveShape(shape, options.registry), options);
}

/** Where a validation issue points: the key for unknown keys, else the value at its path. */
function locateIssue(issue: ValidationIssue, walk: ShapeWalk): ValidationIssue {
  if (issue.code === 'UNKNOWN_KEY' && 'unknownParam' in issue.details) {
    const keyPath: ModelPath = [...issue.segments, { kind: 'member', name: issue.details.unknownParam }];
    return withRange(issue, walk.rangeAt(keyPath, true));
  }
  return withRange(issue, walk.rangeAt(issue.segments));
}

function withRange<T extends object>(issue: T, range: SourceRange | undefined): T {
  return range === undefined ? issue : { ...issue, ...range };
}

/** Paths as a trie of `pathKey([segment])` edges; `END` marks where a stored path ends. */
type PathTrie = Map<string, PathTrie>;
const END = '';

/** A trie of `paths`, for `underAny`. */
function pathTrie(paths: readonly ModelPath[]): PathTrie {
  const root: PathTrie = new Map();
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = pathKey([segment]);
      let child = node.get(key);
      if (child === undefined) node.set(key, (child = new Map()));
      node = child;
    }
    node.set(END, root);
  }
  return root;
}

/**
 * Whether `path` or one of its ancestors is in `trie`: one step per segment, where comparing
 * with every failed path was quadratic on a flood of bad values.
 */
function underAny(path: ModelPath, trie: PathTrie): boolean {
  let node: PathTrie | undefined = trie;
  for (const segment of path) {
    if (node.has(END)) return true;
    node = node.get(pathKey([segment]));
    if (node === undefined) return false;
  }
  return node.has(END);
}

/**
 * `diagnostic` tagged with its word. Its message stays drawn on read: the grammar's diagnostics
 * render the caret picture in an accessor, which a spread would not copy.
 */
function inWord(diagnostic: SyntaxDiagnostic, word: number): WordDiagnostic {
  return Object.defineProperty({ ...diagnostic, word }, 'message', { get: () => diagnostic.message, enumerable: true });
}

/** The walk, built on first use: `parse` needs it only to place an error. */
function lazyLocator(text: string | readonly string[], shape: Shape): () => ShapeWalk {
  let walk: ShapeWalk | undefined;
  return () => {
    if (walk === undefined) {
      const words = typeof text === 'string' ? [text] : text;
      walk = new ShapeWalk(
        words.map((word) => parseDocument(word).ast),
        shape,
        typeof text !== 'string',
      );
    }
    return walk;
  };
}

/**
 * Written key orders for `parse`, needed only when JavaScript reorders keys (integer-like
 * keys enumerate first in JavaScript, in written order in Python).
 */
function lazyKeyOrder(walk: () => ShapeWalk, values: readonly unknown[]): (value: object) => readonly string[] | undefined {
  let orders: WeakMap<object, readonly string[]> | undefined;
  const reordered = values.some(hasIndexLikeKey);
  return (value) => {
    if (!reordered) return undefined;
    orders ??= writtenKeyOrders(walk().roots, values);
    return orders.get(value);
  };
}

/**
 * For each object built from the trees, its keys in written order (a repeated key keeps its
 * first place, as in a Python dict), where that differs from JavaScript's order.
 */
function writtenKeyOrders(roots: readonly ObjectNode[], values: readonly unknown[]): WeakMap<object, readonly string[]> {
  const orders = new WeakMap<object, readonly string[]>();
  const pair = (node: ValueNode, value: unknown): void => {
    if (node.type === 'object' && isDict(value)) {
      const entries = node.entries.filter((entry) => entry.value !== undefined);
      const written = [...new Set(entries.map((entry) => entry.key.name))];
      const actual = Object.keys(value);
      const sameKeys = written.length === actual.length && written.every((key) => Object.hasOwn(value, key));
      if (sameKeys && written.some((key, i) => key !== actual[i])) orders.set(value, written);
      // A repeated key's last value is the one kept.
      const last = new Map(entries.map((entry) => [entry.key.name, entry]));
      for (const [key, entry] of last) {
        if (entry.value !== undefined && Object.hasOwn(value, key)) pair(entry.value, value[key]);
      }
    } else if (node.type === 'list' && Array.isArray(value)) {
      node.items.forEach((item, i) => pair(item, value[i]));
    }
  };
  roots.forEach((root, i) => pair(root, values[i]));
  return orders;
}

function hasIndexLikeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasIndexLikeKey);
  if (!isDict(value)) return false;
  return Object.keys(value).some((key) => /^(?:0|[1-9]\d*)$/.test(key) || hasIndexLikeKey(value[key]));
}
