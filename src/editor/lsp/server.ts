/**
 * The language server: wires the document services to an LSP connection. Offsets become
 * line/character positions (UTF-16, the LSP's default encoding) only here, through one
 * `LineIndex` per document version.
 */
import type {
  CodeAction,
  CompletionItem as LspCompletionItem,
  Connection,
  Diagnostic,
  DocumentSymbol as LspDocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, DiagnosticSeverity, InsertTextFormat, MarkupKind, SymbolKind, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  documentCompletions,
  documentDiagnostics,
  documentFolding,
  documentFormatting,
  documentHover,
  documentQuickFixes,
  documentSymbolTree,
  openDocument,
} from '../document.js';
import type { DocumentModels, EditorDocument } from '../document.js';
import { LineIndex } from '../positions.js';
import { plainText } from '../snippet.js';
import type { CompletionItem, DocumentSymbol, EditorDiagnostic, SymbolKind as EditorSymbolKind, TextEdit } from '../types.js';

/** Options of the language server. */
export interface LspServerOptions {
  /** Where services, operations and shapes come from (a `ModelRegistry` fits). */
  readonly models: DocumentModels;
}

/** The server's name in diagnostics (`source`) and `serverInfo`. */
export const SERVER_NAME = 'aws-shorthand';

interface OpenState {
  readonly version: number;
  readonly document: EditorDocument;
  readonly lines: LineIndex;
}

/**
 * Serve `connection`: diagnostics on open and change, completion, hover, formatting, folding,
 * document symbols and quick fixes. Call before `connection.listen()` (this function does not).
 */
export function startLspServer(connection: Connection, options: LspServerOptions): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, OpenState>();
  let snippets = false;

  const stateOf = (textDocument: TextDocument): OpenState => {
    const known = states.get(textDocument.uri);
    if (known !== undefined && known.version === textDocument.version) return known;
    const text = textDocument.getText();
    const state = { version: textDocument.version, document: openDocument(text, textDocument.languageId, options.models), lines: new LineIndex(text) };
    states.set(textDocument.uri, state);
    return state;
  };
  // A bug in a service must cost one answer, not the session: log it and answer empty.
  const withState = <T>(uri: string, fallback: T, use: (state: OpenState) => T): T => {
    const textDocument = documents.get(uri);
    if (textDocument === undefined) return fallback;
    try {
      return use(stateOf(textDocument));
    } catch (error) {
      connection.console.error(`${SERVER_NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['=', ',', '{', '[', '-', ' ', "'"] },
        hoverProvider: true,
        documentFormattingProvider: true,
        foldingRangeProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  documents.onDidChangeContent(({ document }) => {
    const diagnostics = withState(document.uri, [], (state) => documentDiagnostics(state.document).map((d) => toDiagnostic(d, state.lines)));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  });
  documents.onDidClose(({ document }) => {
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position }) =>
    withState(textDocument.uri, [], (state) =>
      documentCompletions(state.document, state.lines.offsetAt(position), options.models).map((item) => toCompletion(item, state.lines, snippets)),
    ),
  );

  connection.onHover(({ textDocument, position }): Hover | null =>
    withState(textDocument.uri, null, (state) => {
      const found = documentHover(state.document, state.lines.offsetAt(position));
      if (found === undefined) return null;
      return { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: state.lines.rangeOf(found.offset, found.length) };
    }),
  );

  connection.onDocumentFormatting(({ textDocument, options: formatting }) =>
    withState(textDocument.uri, [], (state) => documentFormatting(state.document, { indent: formatting.tabSize }).map((edit) => toTextEdit(edit, state.lines))),
  );

  connection.onFoldingRanges(({ textDocument }) =>
    withState(textDocument.uri, [], (state) => {
      const ranges: FoldingRange[] = [];
      for (const region of documentFolding(state.document)) {
        const start = state.lines.positionAt(region.start).line;
        const end = state.lines.positionAt(region.end).line;
        // A region folds the lines after its opening line up to the one before its closing bracket.
        if (end > start) ranges.push({ startLine: start, endLine: end - 1 });
      }
      return ranges;
    }),
  );

  connection.onDocumentSymbol(({ textDocument }) =>
    withState(textDocument.uri, [], (state) => documentSymbolTree(state.document).map((symbol) => toSymbol(symbol, state.lines))),
  );

  connection.onCodeAction(({ textDocument, range }) =>
    withState(textDocument.uri, [], (state) => {
      const start = state.lines.offsetAt(range.start);
      const end = state.lines.offsetAt(range.end);
      return documentQuickFixes(state.document, start, end - start).map(
        (fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(fix.diagnostic, state.lines)],
          isPreferred: fix.preferred === true,
          edit: { changes: { [textDocument.uri]: fix.edits.map((edit) => toTextEdit(edit, state.lines)) } },
        }),
      );
    }),
  );

  documents.listen(connection);
  return documents;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** An editor diagnostic as an LSP diagnostic. */
export function toDiagnostic(diagnostic: EditorDiagnostic, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(diagnostic.offset, diagnostic.length),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: SERVER_NAME,
    message: diagnostic.message,
  };
}

const COMPLETION_KIND = {
  member: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  boolean: CompletionItemKind.Value,
  value: CompletionItemKind.Snippet,
  option: CompletionItemKind.Field,
} as const;

/** A completion item as an LSP item; snippets become plain text for clients without snippet support. */
export function toCompletion(item: CompletionItem, lines: LineIndex, snippets: boolean): LspCompletionItem {
  const asSnippet = item.snippet && snippets;
  const newText = item.snippet && !snippets ? plainText(item.insert) : item.edit.newText;
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    sortText: item.sortText,
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    textEdit: { range: lines.rangeOf(item.edit.offset, item.edit.length), newText },
    insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(item.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

function toTextEdit(edit: TextEdit, lines: LineIndex): LspTextEdit {
  return { range: lines.rangeOf(edit.offset, edit.length), newText: edit.newText };
}

const SYMBOL_KIND: Readonly<Record<EditorSymbolKind, SymbolKind>> = {
  structure: SymbolKind.Struct,
  list: SymbolKind.Array,
  map: SymbolKind.Object,
  value: SymbolKind.Property,
  command: SymbolKind.Function,
  option: SymbolKind.Field,
};

function toSymbol(symbol: DocumentSymbol, lines: LineIndex): LspDocumentSymbol {
  return {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    ...(symbol.detail !== undefined ? { detail: symbol.detail } : {}),
    range: lines.rangeOf(symbol.offset, symbol.length),
    selectionRange: lines.rangeOf(symbol.selectionOffset, symbol.selectionLength),
    children: symbol.children.map((child) => toSymbol(child, lines)),
  };
}
