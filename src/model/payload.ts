/**
 * Payload outputs, decided as botocore decides them (`OperationModel.get_streaming_output`):
 * an operation whose output structure names a `payload` member of blob type answers with
 * bytes (a Lambda function's result, an S3 object), which the AWS CLI saves to a file named
 * by a positional `outfile` instead of printing. The blob need not be a streaming one.
 */
import type { Member, Operation } from './shape.js';

/**
 * The output member the AWS CLI writes to `outfile`, or `undefined` when the operation has
 * no blob payload in its output.
 * @example streamingOutputMember(lambdaInvoke)?.name // 'Payload'
 */
export function streamingOutputMember(operation: Operation): Member | undefined {
  const output = operation.output;
  if (output?.payload === undefined) return undefined;
  const member = output.members.get(output.payload);
  return member?.shape.kind === 'blob' ? member : undefined;
}

/**
 * Whether the operation's output is a blob payload (botocore's `has_streaming_output`).
 * @example hasStreamingOutput(sagemakerRuntimeInvokeEndpoint) // true
 */
export function hasStreamingOutput(operation: Operation): boolean {
  return streamingOutputMember(operation) !== undefined;
}
