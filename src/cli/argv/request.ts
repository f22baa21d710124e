/**
 * Parsed options → request parameters, as the AWS CLI's `_build_call_parameters` and its
 * `--cli-input-json` customisation do: options are unpacked in argument-table order (so the
 * first failing option in that order is the one reported), each value first loaded from a
 * parameter file when it names one; then the `--cli-input-json` object fills in every key the
 * options did not set. Values from `--cli-input-json` are taken as they are, never coerced.
 * AWS CLI v2's `--cli-input-yaml` fills in the same way, from the YAML it loads; the two
 * together are refused.
 */
import { setOwn } from '../../grammar/value.js';
import type { ShorthandValue } from '../../grammar/value.js';
import { bytesRepr } from '../../model/python.js';
import type { ArgValue, ParsedArgs } from './argparse.js';
import type { ArgumentTable, CliArgument } from '../../awscli/arguments.js';
import { pythonName } from '../../awscli/arguments.js';
import { failure, paramError } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import { loadParamfile } from './paramfile.js';
import { paramfileDisabled } from '../../awscli/option-rules.js';
import { isZipArchive, NOT_A_ZIP_FILE, zipFileInStructure } from '../../awscli/lambda-zip.js';
import { dialectTables } from '../../awscli/dialect.js';
import type { DialectMessages } from '../../awscli/dialect.js';
import type { LoadedValue, RawValue } from './paramfile.js';
import type { PagingOptions } from './paging.js';
import { loadPythonJson, PYTHON_JSON_MAX_DEPTH } from './python-json-loads.js';
import { unpackOption } from './unpack.js';
import type { UnpackContext } from './unpack.js';
import { isIndexLikeKey, orderedKeys, rememberKeyOrder } from '../../model/key-order.js';

/** Which skeleton `--generate-cli-skeleton` asked for. */
export type SkeletonKind = 'input' | 'output' | 'yaml-input';

/** The request an operation's options describe. */
export interface OperationRequest {
  /** Parameters keyed by input member name, in the order the AWS CLI builds them. */
  readonly params: Record<string, unknown>;
  /** Set when `--generate-cli-skeleton` was given: nothing is sent then. */
  readonly skeleton?: SkeletonKind;
  /** The paging options given (`--starting-token`, `--page-size`, `--max-items`). */
  readonly paging?: PagingOptions;
  /** For a payload output: the file the payload goes to and the output member holding it. */
  readonly outfile?: OutfileTarget;
}

/** Where a payload output is saved: `path` as given (relative to the working directory). */
export interface OutfileTarget {
  readonly path: string;
  /** The output member of the payload, e.g. `Payload`. */
  readonly member: string;
}

/** The outcome of building a request. */
export type RequestResult = { readonly ok: true; readonly request: OperationRequest } | { readonly ok: false; readonly failure: CliFailure };

/**
 * Build the request parameters from the parsed options of `table`'s operation; `afterOptions`
 * runs once every option is unpacked, and a failure it returns stops the build there.
 * @example buildRequest(table, parsed, ctx) // { ok: true, request: { params: { AutoMLJobName: 'x', … } } }
 */
export function buildRequest(table: ArgumentTable, parsed: ParsedArgs, ctx: UnpackContext, afterOptions?: () => CliFailure | undefined): RequestResult {
  const params: Record<string, unknown> = {};
  const both = conflictingValueBooleans(table, parsed);
  if (both !== undefined) return { ok: false, failure: both };
  let inputJson: LoadedValue | undefined;
  let inputYaml: LoadedValue | undefined;
  let skeleton: SkeletonKind | undefined;
  let paging: Record<string, unknown> | undefined;
  let outfile: OutfileTarget | undefined;
  for (const arg of table.arguments) {
    // The AWS CLI looks each argument up by its own Python name; a `--no-` twin shares its
    // positive's dest under another name, so only the positive is read.
    if (pythonName(arg.name) !== arg.dest) continue;
    if (arg.role.kind === 'value-boolean') {
      if (!parsed.seen.has(arg.dest)) continue;
      if (arg.role.negated) {
        setOwn(params as Record<string, ShorthandValue>, arg.role.member, { Value: false } as unknown as ShorthandValue);
        continue;
      }
      const given = rawValue(parsed.values.get(arg.dest));
      if (given === null) {
        setOwn(params as Record<string, ShorthandValue>, arg.role.member, { Value: true } as unknown as ShorthandValue);
        continue;
      }
    }
    if (arg.role.kind === 'paging') {
      const given = parsed.values.get(arg.dest);
      if (given === undefined || given === null) continue;
      // Only the text option can name a parameter file; numbers arrive converted by argparse.
      let value: unknown = given;
      if (typeof given === 'string') {
        const loaded = loadArgument(table, arg, given, ctx);
        if (!loaded.ok) return loaded;
        value = loaded.value;
      }
      if (arg.role.setting === 'MaxItems' && (typeof value === 'number' || typeof value === 'bigint') && value <= 0) {
        const warning = dialectTables(ctx.dialect).messages.nonPositiveMaxItems;
        if (warning !== undefined) ctx.warn?.(warning);
      }
      paging = { ...paging, [arg.role.setting]: value };
      continue;
    }
    const raw = rawValue(parsed.values.get(arg.dest));
    if (raw === null) continue;
    const loaded = loadArgument(table, arg, raw, ctx);
    if (!loaded.ok) return loaded;
    const value = loaded.value;
    switch (arg.role.kind) {
      case 'boolean':
        setOwn(params as Record<string, ShorthandValue>, arg.role.member, value as unknown as ShorthandValue);
        break;
      case 'value-boolean':
      case 'member': {
        const zipFile = arg.role.kind === 'member' ? arg.role.zipFile : undefined;
        if ((zipFile?.kind === 'hoisted' || zipFile?.kind === 'checked') && !isZipArchive(zipValue(value))) {
          return { ok: false, failure: failure('other', NOT_A_ZIP_FILE, { option: '--zip-file', code: 'NOT_A_ZIP_FILE' }) };
        }
        if (zipFile?.kind === 'hoisted') {
          // Into the structure the other option may have started (`--code S3Bucket=…`).
          const holder = params[arg.role.member];
          if (holder !== null && typeof holder === 'object' && Object.keys(holder).length > 0) setOwn(holder as Record<string, ShorthandValue>, 'ZipFile', value as ShorthandValue);
          else setOwn(params as Record<string, ShorthandValue>, arg.role.member, { ZipFile: value } as unknown as ShorthandValue);
          break;
        }
        const unpacked = unpackOption(arg.name, arg.role.shape, value, ctx);
        if (!unpacked.ok) return unpacked;
        const unpackedValue = unpacked.value;
        if (zipFile?.kind === 'refused' && unpackedValue !== null && typeof unpackedValue === 'object' && Object.hasOwn(unpackedValue, 'ZipFile')) {
          return { ok: false, failure: failure('other', zipFileInStructure(arg.name), { option: `--${arg.name}`, code: 'ZIP_FILE_IN_STRUCTURE' }) };
        }
        setOwn(params as Record<string, ShorthandValue>, arg.role.member, unpackedValue as ShorthandValue);
        break;
      }
      case 'cli-input-json':
        inputJson = value;
        break;
      case 'cli-input-yaml':
        inputYaml = value;
        break;
      case 'generate-cli-skeleton':
        skeleton = value === 'output' || value === 'yaml-input' ? value : 'input';
        break;
      case 'outfile':
        // The file name itself may come from a parameter file, as for any argument.
        outfile = { path: value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value), member: arg.role.member };
        break;
    }
  }
  // Between the options and --cli-input-json the AWS CLI runs checks of its own (the profile).
  const interrupted = afterOptions?.();
  if (interrupted !== undefined) return { ok: false, failure: interrupted };
  if (inputJson !== undefined && inputYaml !== undefined) {
    return { ok: false, failure: failure('other', 'Only one --cli-input- parameter may be specified.', { code: 'CLI_INPUT_CONFLICT' }) };
  }
  if (inputJson !== undefined) {
    const merged = mergeInputJson(params, inputJson, dialectTables(ctx.dialect).messages);
    if (merged !== undefined) return { ok: false, failure: merged };
  }
  if (inputYaml !== undefined) {
    const merged = mergeInputYaml(params, inputYaml, ctx);
    if (merged !== undefined) return { ok: false, failure: merged };
  }
  return {
    ok: true,
    request: {
      params,
      ...(skeleton === undefined ? {} : { skeleton }),
      ...(paging === undefined ? {} : { paging: paging as PagingOptions }),
      ...(outfile === undefined ? {} : { outfile }),
    },
  };
}

/** EC2's pulled-up flags: `--x` and `--no-x` together are refused before anything is unpacked. */
function conflictingValueBooleans(table: ArgumentTable, parsed: ParsedArgs): CliFailure | undefined {
  for (const positive of table.arguments) {
    if (positive.role.kind !== 'value-boolean' || positive.role.negated || !parsed.seen.has(positive.dest)) continue;
    const negative = table.arguments.find((arg) => arg.role.kind === 'value-boolean' && arg.role.negated && arg.role.member === (positive.role as { member: string }).member);
    if (negative !== undefined && parsed.seen.has(negative.dest)) {
      return failure('other', `Cannot specify both the "--${positive.name}" option and the "--${negative.name}" option.`, { code: 'CONFLICTING_OPTIONS' });
    }
  }
  return undefined;
}

/** A loaded value as the zip check reads it: bytes, or text (as its UTF-8 bytes). */
function zipValue(value: LoadedValue): Uint8Array | string {
  return value instanceof Uint8Array ? value : Array.isArray(value) ? value.join(' ') : String(value);
}

function rawValue(value: ArgValue | undefined): RawValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String);
  // A paging option's number read for the option it shadowed (paging off): its text again.
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return value as RawValue;
}

function loadArgument(table: ArgumentTable, arg: CliArgument, raw: RawValue, ctx: UnpackContext): { ok: true; value: LoadedValue } | { ok: false; failure: CliFailure } {
  if (paramfileDisabled(table.serviceEventName, table.operation, arg.name, ctx.dialect)) return { ok: true, value: raw };
  // A positional is named as it is, without dashes.
  return loadParamfile(raw, arg.role.kind === 'outfile' ? arg.name : `--${arg.name}`, ctx.readFile);
}

/** Add the `--cli-input-json` object's keys that no option set; a failure when it is not usable. */
function mergeInputJson(params: Record<string, unknown>, source: LoadedValue, messages: DialectMessages): CliFailure | undefined {
  const text = source instanceof Uint8Array ? new TextDecoder().decode(source) : String(source);
  const result = loadPythonJson(text, PYTHON_JSON_MAX_DEPTH.cliInputJson);
  if (!result.ok && result.error.tooDeep) {
    // Python's RecursionError is no JSONDecodeError: the AWS CLI prints its bare text.
    return failure('other', result.error.message, { option: '--cli-input-json', code: 'NESTING_TOO_DEEP', offset: result.error.offset });
  }
  if (!result.ok && messages.invalidInputJson !== 'detailed') {
    return paramError('cli-input-json', messages.invalidInputJson, { code: 'INVALID_JSON', offset: result.error.offset });
  }
  if (!result.ok) {
    const received = source instanceof Uint8Array ? bytesRepr(source) : text;
    // The customisation names itself without dashes in this one message.
    return paramError('cli-input-json', `Invalid JSON: ${result.error.message}\nJSON received: ${received}`, {
      code: 'INVALID_JSON',
      offset: result.error.offset,
    });
  }
  const data = result.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    if (messages.inputJsonNotAnObject !== 'attribute-error') {
      return paramError('--cli-input-json', `${messages.inputJsonNotAnObject} <class '${pythonTypeName(data)}'>`, { code: 'NOT_AN_OBJECT' });
    }
    return failure('other', `'${pythonTypeName(data)}' object has no attribute 'keys'`, { option: '--cli-input-json', code: 'NOT_AN_OBJECT' });
  }
  fillIn(params, data);
  return undefined;
}

/** Add the `--cli-input-yaml` mapping's keys that no option set; a failure when it is not usable. */
function mergeInputYaml(params: Record<string, unknown>, source: LoadedValue, ctx: UnpackContext): CliFailure | undefined {
  const text = source instanceof Uint8Array ? new TextDecoder().decode(source) : String(source);
  if (ctx.readYaml === undefined) return failure('other', 'The YAML reader was not loaded for --cli-input-yaml.', { code: 'YAML_READER_MISSING' });
  const result = ctx.readYaml(text);
  // Every YAMLError is one message, and (unlike the type check below) it names the option without dashes.
  if (!result.ok) return paramError('cli-input-yaml', 'Invalid YAML received.', { code: 'INVALID_YAML' });
  const data = result.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof Date || data instanceof Uint8Array) {
    return paramError('--cli-input-yaml', `Invalid type: expecting map, received <class '${pythonTypeName(data)}'>`, { code: 'NOT_AN_OBJECT' });
  }
  fillIn(params, data as Record<string, unknown>);
  return undefined;
}

/** The request is a dict: the options' members, then the input's other keys in written order. */
function fillIn(params: Record<string, unknown>, data: Record<string, unknown>): void {
  const order = [...orderedKeys(params)];
  for (const key of orderedKeys(data)) {
    if (Object.hasOwn(params, key)) continue;
    setOwn(params as Record<string, ShorthandValue>, key, data[key] as ShorthandValue);
    order.push(key);
  }
  if (order.some(isIndexLikeKey)) rememberKeyOrder(params, order);
}

function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (value instanceof Date) return 'datetime.datetime';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'dict';
}
