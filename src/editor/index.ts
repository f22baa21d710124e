/**
 * The editor layer's public API: pure services over (text, shape, offset) for shorthand values,
 * and the same services for shell scripts calling the AWS CLI and for shape-header files.
 * Offsets are 0-based UTF-16 code units, ends exclusive. The language server itself
 * (`lsp/server.ts`) is left out so that importing the services does not load the LSP library.
 */
export { analyse, analyseTree, analyseWords } from './analysis.js';
export type { Analysis } from './analysis.js';
export { blobDiagnostic, blobDiagnostics, jsonBlobDiagnostics } from './blobs.js';
export type { BlobCheckOptions } from './blobs.js';
export { complete, completeAnalysis } from './complete.js';
export { diagnose, diagnoseAnalysis, diagnoseWithBlobs, fromSyntax, limitDiagnostics, MAX_DIAGNOSTICS } from './diagnose.js';
export type { DiagnoseOptions } from './diagnose.js';
export {
  documentCompletions,
  documentDiagnostics,
  documentFolding,
  documentFormatting,
  documentHover,
  documentQuickFixes,
  documentSymbolTree,
  openDocument,
  readDialectComment,
  readShapeHeader,
} from './document.js';
export type { DialectComment, DocumentModels, EditorDocument, OpenDocumentOptions, ScriptDocument, ShapeHeader, ShorthandDocument } from './document.js';
export { format, formattedText } from './format.js';
export type { FormatOptions } from './format.js';
export { hover, hoverAnalysis, nodeAt } from './hover.js';
export type { NodeAtOffset } from './hover.js';
export { getLocation } from './location.js';
export type { Location, Slot } from './location.js';
export { documentSymbols, documentSymbolsOf, foldingRegions, foldingRegionsOf } from './outline.js';
export { LineIndex } from './positions.js';
export type { Position, Range } from './positions.js';
export { closingSuffix, quickFixes, quickFixesOf } from './quick-fix.js';
export { analyseScript, completeScript, diagnoseScript, hoverScript } from './script.js';
export type { EmbeddedValue, ModelLookup, ResolvedCommand, ScriptAnalysis } from './script.js';
export { awsCommand } from './shell/aws-command.js';
export type { AwsArgument, AwsCommand } from './shell/aws-command.js';
export { cliOptions, optionForm } from './shell/cli-options.js';
export type { CliOption, OptionForm } from './shell/cli-options.js';
export { scanShell } from './shell/scan.js';
export type { ShellCommand, ShellProblem, ShellScript } from './shell/scan.js';
export { escapeForShell, quoteAt, sourceRange, textIndex } from './shell/words.js';
export type { QuoteContext, QuotedSegment, ShellWord } from './shell/words.js';
export { plainText, renderSnippet } from './snippet.js';
export type { SnippetPart, TabStop } from './snippet.js';
export type { PathSegment } from './tree.js';
export type {
  CompletionItem,
  CompletionKind,
  DiagnosticSource,
  DocumentSymbol,
  EditorDiagnostic,
  EditorDiagnosticCode,
  FoldingRegion,
  HoverInfo,
  QuickFix,
  SymbolKind,
  TextEdit,
} from './types.js';
