/**
 * botocore's own S3 parameter checks, which run before parameter validation (and whatever the
 * profile's `parameter_validation` says): a bucket must be a bucket name or an access-point ARN,
 * and object metadata must be ASCII. Their texts are botocore's, patterns recorded from it.
 */
import { pyTypeOf } from '../model/python.js';
import { S3_ASCII_METADATA_OPERATIONS, S3_BUCKET_ARN, S3_BUCKET_NAME } from './v1/recorded-tables.js';
import { failure } from './failures.js';
import type { CliFailure } from './failures.js';
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** A Python regex as JavaScript reads it; Python's `$` also matches before a final newline. */
function pythonSearch(pattern: string): (text: string) => boolean {
  const regex = new RegExp(pattern.replace(/\$(?=\||$)/g, '(?=\\n?$)'));
  return (text) => regex.test(text);
}

const isBucketName = pythonSearch(S3_BUCKET_NAME);
const isBucketArn = pythonSearch(S3_BUCKET_ARN);

/**
 * The failure botocore's S3 checks raise for `params` of `operation` (a model name) of the
 * service with event name `service` (`s3`), if any.
 * @example s3ParameterFailure('s3', 'GetObject', { Bucket: 'a b' })?.message // 'Parameter validation failed:\nInvalid bucket name "a b": …'
 */
export function s3ParameterFailure(service: string, operation: string, params: Readonly<Record<string, unknown>>, dialect?: Dialect): CliFailure | undefined {
  if (service !== 's3') return undefined;
  if (Object.hasOwn(params, 'Bucket')) {
    const bucket = params['Bucket'];
    if (typeof bucket !== 'string') return failure('other', dialectTables(dialect).messages.s3BucketNotText.replace('{type}', pyTypeOf(bucket)), { code: 'S3_BUCKET_NOT_TEXT' });
    if (!isBucketName(bucket) && !isBucketArn(bucket)) {
      return invalid(`Invalid bucket name "${bucket}": Bucket name must match the regex "${S3_BUCKET_NAME}" or be an ARN matching the regex "${S3_BUCKET_ARN}"`);
    }
  }
  const metadata = params['Metadata'];
  if (S3_ASCII_METADATA_OPERATIONS.has(operation) && metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata)) {
    for (const [key, value] of Object.entries(metadata)) {
      if (typeof value !== 'string') return failure('other', `'${pyTypeOf(value)}' object has no attribute 'encode'`, { code: 'S3_METADATA_NOT_TEXT' });
      if (!isAscii(key) || !isAscii(value)) {
        return invalid(`Non ascii characters found in S3 metadata for key "${key}", value: "${value}".  \nS3 metadata can only contain ASCII characters. `);
      }
    }
  }
  return undefined;
}

function invalid(report: string): CliFailure {
  return failure('validation', `Parameter validation failed:\n${report}`, { code: 'VALIDATION_FAILED' });
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}
