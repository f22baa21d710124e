/**
 * The serializer's public API: values → shorthand (or JSON with a reason), list parameters →
 * words. (Whole requests as `aws …` command lines are the AWS CLI layer's: `src/awscli/command-line.ts`.)
 */
export { serialize, serializeList } from './serialize.js';
export type { ListResult, ListWords } from './serialize.js';
export { encodeString, isSayableKey } from './strings.js';
export type { ValuePosition } from './strings.js';
export { jsonText } from './json.js';
export { formatPath, SerializeError } from './types.js';
export type {
  FallbackCode,
  FallbackReason,
  JsonResult,
  PathSegment,
  SerializeErrorCode,
  SerializeOptions,
  SerializeResult,
  ShorthandResult,
} from './types.js';
export { shellQuote } from './shell.js';
