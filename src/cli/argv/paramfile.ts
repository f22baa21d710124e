/**
 * Parameter files: an option value `file://path` is replaced by the file's text and
 * `fileb://path` by its bytes, before the value is parsed, for every option except the few the
 * AWS CLI exempts (they take URLs). A list option given exactly one value is loaded the same
 * way (the result is then a single string, not a list); two or more values are never loaded.
 *
 * `http://` and `https://` values are NOT fetched: the AWS CLI v1 downloads them by default
 * (`cli_follow_urlparam`), but a command line that silently reaches the network is not what
 * this tool is for, so such values pass through literally.
 */
import { ParamFileError } from '../../grammar/value.js';
import type { FileReader } from '../../grammar/value.js';
import { paramError } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';

/** A value as argparse left it: one string, several (a list option), or a flag/number. */
export type RawValue = string | readonly string[] | number | bigint | boolean | null;

/** A value after parameter-file loading: file text, file bytes, or the raw value. */
export type LoadedValue = RawValue | Uint8Array;

/** The outcome of loading. */
export type LoadResult = { readonly ok: true; readonly value: LoadedValue } | { readonly ok: false; readonly failure: CliFailure };

const PREFIXES: ReadonlyArray<readonly [string, boolean]> = [
  ['file://', false],
  ['fileb://', true],
];


/**
 * Load `value` if it names a parameter file; `option` (with dashes) names it in errors.
 * @example loadParamfile('file://out.json', '--output-data-config', reader) // { ok: true, value: '{…}' }
 */
export function loadParamfile(value: RawValue, option: string, readFile: FileReader): LoadResult {
  const single = Array.isArray(value) && value.length === 1 ? (value[0] as string) : value;
  if (typeof single !== 'string') return { ok: true, value };
  const prefix = PREFIXES.find(([p]) => single.startsWith(p));
  if (prefix === undefined) return { ok: true, value };
  const [name, binary] = prefix;
  try {
    return { ok: true, value: readFile(single.slice(name.length), binary) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = error instanceof ParamFileError ? detail : `Unable to load paramfile ${single}: ${detail}`;
    return { ok: false, failure: paramError(option, message, { code: 'PARAMFILE' }) };
  }
}
