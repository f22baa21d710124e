/**
 * The package's `parse`: the grammar alone, or — given a shape — the whole AWS CLI pipeline
 * (syntax, coercion, validation). One name, because callers think of one operation.
 */
import { parse as parseSyntax } from './grammar/index.js';
import type { ParseOptions, ShorthandObject } from './grammar/index.js';
import { parse as parseWithShape } from './model/api.js';
import type { CoercedValue, ModelParseOptions, ParsedValueOf, ShapeSource } from './model/api.js';
import { shapeFromSdkSchema } from './model/loaders/sdk-schema.js';

/** An AWS SDK v3 structure schema as the SDK exports it (`AutoMLChannel$`), or a thunk of one. */
export type SdkStructureSchema = readonly unknown[] | (() => unknown);

/**
 * Parse shorthand exactly as the AWS CLI's parser does (throws `ShorthandError`).
 * @example parse('Key=a,Values=[x,y]') // { Key: 'a', Values: ['x', 'y'] }
 */
export function parse(text: string, options?: ParseOptions): ShorthandObject;
/**
 * Parse shorthand into the value the AWS CLI sends for `shape` (a shape, an SDK schema shape or
 * `service.ShapeName`): coerced and validated; throws `ShorthandError`, `CoercionError` or
 * `ParamValidationError`.
 * @example parse('MaxCandidates=5', 'sagemaker.AutoMLJobCompletionCriteria') // { MaxCandidates: 5 }
 */
export function parse<S extends ShapeSource>(text: string | readonly string[], shape: S, options?: ModelParseOptions): ParsedValueOf<S>;
/**
 * Parse shorthand into the value the AWS CLI sends for an AWS SDK v3 schema, typed as the SDK
 * type `T` that the call's context expects (`InputDataConfig: [parse(text, AutoMLChannel$)]`)
 * or that is given (`parse<AutoMLChannel>(text, AutoMLChannel$)`); the SDK's schema objects
 * carry no type, and the value is checked against the schema at run time.
 * @example const channel: AutoMLChannel = parse('TargetAttributeName=y,…', AutoMLChannel$)
 */
export function parse<T = CoercedValue>(text: string | readonly string[], schema: SdkStructureSchema, options?: ModelParseOptions): T;
export function parse(
  text: string | readonly string[],
  shapeOrOptions?: ShapeSource | SdkStructureSchema | ParseOptions,
  options?: ModelParseOptions,
): unknown {
  if (isSdkSchema(shapeOrOptions)) return parseWithShape(text, shapeFromSdkSchema(shapeOrOptions), options);
  if (typeof shapeOrOptions === 'string' || (shapeOrOptions !== undefined && 'kind' in shapeOrOptions)) {
    return parseWithShape(text, shapeOrOptions, options);
  }
  if (typeof text !== 'string') throw new TypeError('several words need a shape: parse(words, shape)');
  return parseSyntax(text, shapeOrOptions);
}

/** SDK schemas are arrays (or thunks); shapes and options are plain objects. */
function isSdkSchema(value: ShapeSource | SdkStructureSchema | ParseOptions | undefined): value is SdkStructureSchema {
  return Array.isArray(value) || typeof value === 'function';
}
