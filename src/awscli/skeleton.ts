/**
 * `--generate-cli-skeleton`: sample input or output JSON for an operation, with the same keys,
 * nesting and placeholders as the AWS CLI's (botocore's `ArgumentGenerator`):
 *
 * - strings are `""` (output: the member's name; in a list the member shape's name), an enum
 *   string is one of its values (the AWS CLI picks one at random; we take the first);
 * - integers and longs are `0`, floats and doubles `0.0`, booleans `true`, timestamps
 *   `1970-01-01T00:00:00`, blobs `null`, documents `{}`;
 * - a list holds one sample element, a map one `"KeyName"` entry;
 * - a structure met again inside itself (recursion) is `{}`.
 */
import type { Shape, StructureShape } from '../model/shape.js';

/** A skeleton value: JSON-like, with `Date` for timestamps (printed `1970-01-01T00:00:00`). */
export type SkeletonValue = string | number | boolean | null | Date | SkeletonValue[] | { [key: string]: SkeletonValue };

/** Which skeleton: request placeholders, or a fake response naming its members. */
export interface SkeletonOptions {
  /** Fill strings with member names (the output skeleton). */
  readonly useMemberNames?: boolean;
}

/**
 * The skeleton of a request or response shape (`{}` when the operation has none).
 * @example generateSkeleton(op.input).AutoMLJobName // ''
 */
export function generateSkeleton(shape: StructureShape | undefined, options: SkeletonOptions = {}): { [key: string]: SkeletonValue } {
  if (shape === undefined) return {};
  return generate(shape, [], '', options.useMemberNames === true) as { [key: string]: SkeletonValue };
}

function generate(shape: Shape, stack: string[], name: string, useMemberNames: boolean): SkeletonValue {
  stack.push(shape.name);
  try {
    switch (shape.kind) {
      case 'structure':
      case 'union': {
        // The shape was just pushed: a second occurrence means we are inside itself.
        if (stack.filter((entry) => entry === shape.name).length > 1) return {};
        const result: { [key: string]: SkeletonValue } = {};
        for (const [memberName, member] of shape.members) {
          Object.defineProperty(result, memberName, {
            value: generate(member.shape, stack, memberName, useMemberNames),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return result;
      }
      case 'document':
        return {};
      case 'list':
        return [generate(shape.member, stack, useMemberNames ? shape.member.name : '', useMemberNames)];
      case 'map':
        return { KeyName: generate(shape.value, stack, '', useMemberNames) };
      case 'string':
        if (useMemberNames) return name;
        return shape.enum?.[0] ?? '';
      case 'integer':
      case 'long':
      case 'float':
      case 'double':
        return 0;
      case 'boolean':
        return true;
      case 'timestamp':
        return new Date(0);
      case 'blob':
        return null;
    }
  } finally {
    stack.pop();
  }
}
