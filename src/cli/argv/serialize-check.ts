/**
 * What botocore's JSON serializer trips over when a profile turns parameter validation off
 * (`parameter_validation = false`): the request then reaches the serializer unchecked, and
 * Python errors come out of it as the AWS CLI's message (`'Bogus'` for a key the structure
 * does not have, `'str' object has no attribute 'items'` for text where a structure is
 * modelled, `'int' object is not iterable` for a number where a list is).
 *
 * Only the JSON protocols are walked; other protocols serialize differently and are not
 * checked here.
 */
import { isDict, pyRepr, pyTypeOf } from '../../model/python.js';
import type { Shape, StructureShape } from '../../model/shape.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';

/**
 * The failure botocore's JSON serializer raises for `params` under `input`, if any.
 * @example serializationFailure({ Bogus: 1 }, describeAutoMlJobInput, 'json')?.message // "'Bogus'"
 */
export function serializationFailure(params: Record<string, unknown>, input: StructureShape | undefined, protocol: string | undefined): CliFailure | undefined {
  if (input === undefined || (protocol !== 'json' && protocol !== 'rest-json')) return undefined;
  const message = walk(params, input);
  return message === undefined ? undefined : failure('other', message, { code: 'SERIALIZATION_FAILED' });
}

function walk(value: unknown, shape: Shape): string | undefined {
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (!isDict(value)) return noItems(value);
      for (const [key, member] of Object.entries(value)) {
        const memberShape = shape.members.get(key)?.shape;
        // Python's KeyError prints the missing key's repr.
        if (memberShape === undefined) return pyRepr(key);
        const problem = walk(member, memberShape);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'map': {
      if (!isDict(value)) return noItems(value);
      for (const inner of Object.values(value)) {
        const problem = walk(inner, shape.value);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'list': {
      // Python iterates whatever it is given: a string by characters, a dict by its keys.
      const items =
        typeof value === 'string' || value instanceof Uint8Array ? [...value] : Array.isArray(value) ? value : isDict(value) ? Object.keys(value) : undefined;
      if (items === undefined) return `'${pyTypeOf(value)}' object is not iterable`;
      for (const item of items) {
        const problem = walk(item, shape.member);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function noItems(value: unknown): string {
  return `'${pyTypeOf(value)}' object has no attribute 'items'`;
}
