/**
 * Values the editor services return. Everything is located by `offset` and `length` (0-based,
 * UTF-16 code units, end exclusive) in the text the service was given; line/character positions
 * exist only at the LSP boundary (`positions.ts`).
 */
import type { Severity, SyntaxErrorCode } from '../grammar/index.js';
import type { CoercionErrorCode, ValidationCode } from '../model/errors.js';
import type { SnippetPart } from './snippet.js';

/**
 * What an editor diagnostic is about, as a stable string code: `SYNTAX` for the grammar, the
 * model layer's own codes for coercion and validation, and the script codes.
 */
export type EditorDiagnosticCode =
  /** A syntax error from the grammar (`Expected: 'X', received: 'Y'`, duplicate key, …). */
  | 'SYNTAX'
  | CoercionErrorCode
  | ValidationCode
  /** A script names an operation its service does not have. */
  | 'UNKNOWN_OPERATION'
  /** An option the operation does not take, or a word that belongs to no option. */
  | 'UNKNOWN_OPTION'
  /** A required option is absent, or an option lacks its value. */
  | 'MISSING_OPTION'
  /** A plain option value that is not of its type (`--max-results abc`). */
  | 'INVALID_VALUE'
  /** A shell-level problem: an unterminated quote or `$(`. */
  | 'SHELL_SYNTAX'
  /** Under AWS CLI v2: a blob value given as text that does not decode as base64 (v2's `Invalid base64: "…"`). */
  | 'INVALID_BASE64'
  /** Under AWS CLI v1 (info): a blob value given as text, which v2 would read as base64. */
  | 'BLOB_READ_AS_BASE64_IN_V2'
  /** A `# dialect:` comment naming no dialect. */
  | 'UNKNOWN_DIALECT'
  /** The last diagnostic of a capped list: how many more there are (see `MAX_DIAGNOSTICS`). */
  | 'TOO_MANY_DIAGNOSTICS';

/** Which layer found a diagnostic. */
export type DiagnosticSource = 'syntax' | 'coercion' | 'validation' | 'script';

/** A problem in the text, with the range an editor underlines. */
export interface EditorDiagnostic {
  readonly code: EditorDiagnosticCode;
  /** A one-line message fit for an editor (no caret picture). */
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly severity: Severity;
  readonly source: DiagnosticSource;
  /** Member path of the value concerned as botocore prints it, e.g. `DataSource.S3DataSource`. */
  readonly path?: string;
  /**
   * What quick fixes draw on: the unknown key and likely intended names (`UNKNOWN_KEY`,
   * `INVALID_ENUM`), the missing member (`MISSING_REQUIRED`).
   */
  readonly data?: { readonly key?: string; readonly suggestions?: readonly string[]; readonly requiredName?: string };
  /** For `SYNTAX`: the grammar's own code and what it expected and found. */
  readonly syntax?: { readonly code: SyntaxErrorCode; readonly expected?: string; readonly received?: string };
}

/** A replacement of `length` code units at `offset` by `newText`. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/** What kind of thing a completion item inserts. */
export type CompletionKind = 'member' | 'enum' | 'boolean' | 'value' | 'option';

/** One completion proposal, with the edit that applies it. */
export interface CompletionItem {
  /** What the list shows (a member name, an enum value, `{…}`). */
  readonly label: string;
  readonly kind: CompletionKind;
  /** Short type information, e.g. `structure · required`. */
  readonly detail?: string;
  readonly documentation?: string;
  /** Orders required members first; compare as strings. */
  readonly sortText: string;
  /** What the editor matches the typed text against, when that is not the label. */
  readonly filterText?: string;
  /** The edit; `newText` is an LSP snippet when `snippet` is true (`$1`, `${1|a,b|}`). */
  readonly edit: TextEdit;
  readonly snippet: boolean;
  /** The inserted text as parts, for hosts that must escape it (a shell word) before rendering. */
  readonly insert: readonly SnippetPart[];
  /** Whether the editor should open completion again after inserting (e.g. after `Key={`). */
  readonly retrigger?: boolean;
}

/** Hover content for the node under the cursor. */
export interface HoverInfo {
  /** Markdown. */
  readonly contents: string;
  /** The range the hover describes. */
  readonly offset: number;
  readonly length: number;
}

/** A foldable region; `start`/`end` are offsets of the opening and closing bracket. */
export interface FoldingRegion {
  readonly start: number;
  readonly end: number;
}

/** What a document symbol stands for. */
export type SymbolKind = 'structure' | 'list' | 'map' | 'value' | 'command' | 'option';

/** A document symbol: a key with its value, children for nested structures and lists. */
export interface DocumentSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  /** Short type information (the shape name when known). */
  readonly detail?: string;
  /** The whole key-value pair. */
  readonly offset: number;
  readonly length: number;
  /** The key (or the item, for list items). */
  readonly selectionOffset: number;
  readonly selectionLength: number;
  readonly children: readonly DocumentSymbol[];
}

/** A quick fix: a title and the edits that apply it. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The diagnostic it fixes. */
  readonly diagnostic: EditorDiagnostic;
  /** Whether this is the fix an editor may apply on "fix all". */
  readonly preferred?: boolean;
}
