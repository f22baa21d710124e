/**
 * `aws-shorthand/awscli`: the AWS CLI's command lines, for programs that embed it. A command
 * line (argv) → the request the AWS CLI would send, or its failure with the AWS CLI's text;
 * a request → the command line that reads back to it; files read as the AWS CLI reads
 * `file://` values. A thin index: the AWS CLI's facts live in src/awscli, the argv reading in
 * src/cli/argv. The tool itself (`runCli`) stays out: its commands are loaded on demand, and
 * those dynamic imports split the shared code into ~4x as many chunks, which every import of
 * the toolkit would then pay for (13 files instead of 3).
 */

// The AWS CLI a command line is written for: every function below takes `{ dialect }` (default v1).
export { DEFAULT_DIALECT, DIALECTS, isDialect } from '../awscli/dialect.js';
export type { Dialect } from '../awscli/dialect.js';

// argv → request.
export { evaluateCommandLine } from '../cli/argv/evaluate.js';
export type { EvaluateContext, Evaluation } from '../cli/argv/evaluate.js';
export { EXIT_STATUS, formatFailure } from '../awscli/failures.js';
export type { CliFailure, CliFailureKind } from '../awscli/failures.js';
export { nodeFileReader } from '../cli/file-reader.js';
export { coerceBlobs } from '../awscli/binary-format.js';
export type { BinaryFormat, CoerceBlobsOptions } from '../awscli/binary-format.js';

// request → command line.
export { toCommandArgs, toCommandLine } from '../awscli/command-line.js';
export type { CommandArgs, CommandLineNote, CommandLineOptions } from '../awscli/command-line.js';
export { shellQuote } from '../serializer/index.js';

// The AWS CLI's names for services, operations and members.
export { cliServiceName, xformName } from '../model/loaders/names.js';
export { hasStreamingOutput, streamingOutputMember } from '../model/payload.js';
