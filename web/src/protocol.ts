/**
 * The messages between the page (main.ts) and its worker (worker.ts). The worker owns the models
 * and every toolkit call, so the page only draws; each request carries an id, and the answer
 * the same id. Offsets are 0-based UTF-16 code units, as everywhere in the toolkit.
 */
import type { CompletionItem, EditorDiagnostic, HoverInfo, QuickFix } from '../../src/editor/types.js';

/** The AWS CLI whose reading of values the page follows. */
export type WebDialect = 'v1' | 'v2';

/** A service the worker knows, with its shape names (sorted). */
export interface ServiceShapes {
  readonly service: string;
  readonly shapes: readonly string[];
}

/** A message shown in the diagnostics list, with its range in the pane it is about. */
export interface PaneMessage {
  readonly pane: 'shorthand' | 'json';
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly code: string;
}

/** The command line for a value, and the operation option it fills. */
export interface CommandLine {
  readonly text: string;
  /** `aws sagemaker create-auto-ml-job --input-data-config`, for the label. */
  readonly where: string;
}

/** The outcome of converting one pane into the other. */
export interface Conversion {
  /** The other pane's new text; absent when the input has errors that leave no value. */
  readonly text?: string;
  /** Editor diagnostics of the shorthand (for squiggles), with their quick fixes. */
  readonly diagnostics: readonly DiagnosticWithFixes[];
  /** Everything to list: shorthand diagnostics and JSON reading errors. */
  readonly messages: readonly PaneMessage[];
  readonly commandLine?: CommandLine;
}

/** A diagnostic with the quick fixes that repair it. */
export interface DiagnosticWithFixes {
  readonly diagnostic: EditorDiagnostic;
  readonly fixes: readonly QuickFix[];
}

/** What the page asks. */
export type Request =
  | { readonly kind: 'init' }
  | { readonly kind: 'load-model'; readonly text: string; readonly fileName: string }
  | { readonly kind: 'from-shorthand'; readonly shape: string; readonly text: string; readonly dialect: WebDialect }
  | { readonly kind: 'from-json'; readonly shape: string; readonly text: string; readonly dialect: WebDialect }
  | { readonly kind: 'complete'; readonly shape: string; readonly text: string; readonly offset: number }
  | { readonly kind: 'hover'; readonly shape: string; readonly text: string; readonly offset: number }
  | { readonly kind: 'format'; readonly shape: string; readonly text: string };

/** What the worker answers, by request kind. */
export interface Answers {
  readonly init: { readonly services: readonly ServiceShapes[] };
  readonly 'load-model': { readonly services: readonly ServiceShapes[]; readonly loaded?: string; readonly error?: string };
  readonly 'from-shorthand': Conversion;
  readonly 'from-json': Conversion;
  readonly complete: readonly CompletionItem[];
  readonly hover: HoverInfo | null;
  readonly format: string;
}

/** A request on the wire. */
export interface RequestEnvelope {
  readonly id: number;
  readonly request: Request;
}

/** An answer on the wire: the value, or the message of an unexpected failure. */
export type AnswerEnvelope = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
