/**
 * The package's `parse`: the grammar alone, or — given a shape — the whole AWS CLI pipeline
 * (syntax, coercion, validation). One name, because callers think of one operation.
 */
import { parse as parseSyntax } from './grammar/index.js';
import type { ParseOptions, ShorthandObject } from './grammar/index.js';
import { parse as parseWithShape } from './model/api.js';
import type { ModelParseOptions, ParsedValueOf, ShapeSource } from './model/api.js';

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
export function parse(
  text: string | readonly string[],
  shapeOrOptions?: ShapeSource | ParseOptions,
  options?: ModelParseOptions,
): unknown {
  if (typeof shapeOrOptions === 'string' || (shapeOrOptions !== undefined && 'kind' in shapeOrOptions)) {
    return parseWithShape(text, shapeOrOptions, options);
  }
  if (typeof text !== 'string') throw new TypeError('several words need a shape: parse(words, shape)');
  return parseSyntax(text, shapeOrOptions);
}
