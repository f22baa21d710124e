/**
 * The AWS CLI's Lambda zip-file customisation (the same in v1 and v2): `create-function` and
 * `publish-layer-version` get a top-level `--zip-file` that fills `Code.ZipFile` /
 * `Content.ZipFile`, their `--code` / `--content` stop being required and refuse a `ZipFile`
 * of their own, and every `--zip-file` value must be a zip archive as Python's `zipfile`
 * reads one (so a `fileb://` file, in practice). Only the failures' exit statuses differ by
 * dialect (v2 raises them as parameter errors: see dialect.ts `byCode`).
 */
import type { OperationKey } from './option-rules.js';

/** How an option takes part in the customisation. */
export type ZipFileRule =
  /** The added `--zip-file`: its value (a zip) goes to `<member>.ZipFile`. */
  | { readonly kind: 'hoisted'; readonly member: string }
  /** `--code` / `--content`: a `ZipFile` key in the value is refused. */
  | { readonly kind: 'refused' }
  /** The operation's own `--zip-file` (`update-function-code`): the value must be a zip. */
  | { readonly kind: 'checked' };

/** `[service, operation, structure member]`: operations whose `ZipFile` becomes `--zip-file`. */
export const ZIP_FILE_HOISTS: ReadonlyArray<readonly [string, string, string]> = [
  ['lambda', 'create-function', 'Code'],
  ['lambda', 'publish-layer-version', 'Content'],
];

/** `[service, operation]`: operations whose own `--zip-file` must hold a zip archive. */
export const ZIP_FILE_CHECKED: ReadonlyArray<readonly [string, string]> = [['lambda', 'update-function-code']];

/** The member hoisted to `--zip-file` for `key`'s operation, if the customisation applies. */
export function zipFileHoist(key: OperationKey): string | undefined {
  return ZIP_FILE_HOISTS.find(([service, operation]) => (service === key.service || service === key.serviceEventName) && operation === key.operation)?.[2];
}

/** Whether `key`'s operation checks its own `--zip-file` value. */
export function checksZipFile(key: OperationKey): boolean {
  return ZIP_FILE_CHECKED.some(([service, operation]) => (service === key.service || service === key.serviceEventName) && operation === key.operation);
}

/** The AWS CLI's text for a `--zip-file` value that is no zip archive. */
export const NOT_A_ZIP_FILE = '--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip';

/** The AWS CLI's text for a `ZipFile` given inside `--<option>`. */
export function zipFileInStructure(option: string): string {
  return `ZipFile cannot be provided as part of the --${option} argument.  Please use the '--zip-file' option instead to specify a zip file.`;
}

const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const CENTRAL_DIRECTORY_ENTRY = [0x50, 0x4b, 0x01, 0x02];
const END_RECORD_SIZE = 22;
const ENTRY_HEADER_SIZE = 46;
/** How far from the end Python looks for the end record (the longest archive comment, and the record). */
const END_SEARCH = 65535 + END_RECORD_SIZE;

/**
 * Whether `value` (bytes, or text taken as its UTF-8 bytes) opens as a zip archive the way
 * Python's `zipfile.ZipFile` opens one: an end-of-central-directory record, and a central
 * directory of well-formed entries where that record says.
 * @example isZipArchive(new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)])) // true (an empty archive)
 */
export function isZipArchive(value: Uint8Array | string): boolean {
  const data = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  const end = findEndRecord(data);
  if (end === undefined) return false;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // Bytes before the archive (a self-extracting stub) shift every offset alike.
  const shift = end - directorySize - directoryOffset;
  const start = directoryOffset + shift;
  if (start < 0) return false;
  let pos = start;
  while (pos - start < directorySize) {
    if (pos + ENTRY_HEADER_SIZE > data.length) return false;
    if (!matches(data, pos, CENTRAL_DIRECTORY_ENTRY)) return false;
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    pos += ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return true;
}

/** The offset of the end-of-central-directory record: at the very end, else the last one within reach. */
function findEndRecord(data: Uint8Array): number | undefined {
  const last = data.length - END_RECORD_SIZE;
  if (last >= 0 && matches(data, last, END_OF_CENTRAL_DIRECTORY) && data[last + 20] === 0 && data[last + 21] === 0) return last;
  for (let pos = data.length - 4; pos >= Math.max(0, data.length - END_SEARCH); pos--) {
    if (matches(data, pos, END_OF_CENTRAL_DIRECTORY)) return pos + END_RECORD_SIZE <= data.length ? pos : undefined;
  }
  return undefined;
}

function matches(data: Uint8Array, at: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => data[at + i] === byte);
}
