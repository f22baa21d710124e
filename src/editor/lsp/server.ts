/**
 * The language server: wires the document services to an LSP connection. Offsets become
 * line/character positions (UTF-16, the LSP's default encoding) only here, through one
 * `LineIndex` per document version.
 *
 * It stays responsive on large scripts: a document is analysed in slices that yield to the event
 * loop (so a later edit or a `$/cancelRequest` is read while a long analysis runs), only its
 * latest version is analysed (work for an older one stops at its next slice), diagnostics are
 * published after a quiet period following the last edit, and a request waits for the analysis
 * at most its time budget, then answers empty.
 */
import type {
  CancellationToken,
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
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  documentCompletions,
  documentDiagnostics,
  documentFolding,
  documentFormatting,
  documentHover,
  documentQuickFixes,
  documentSymbolTree,
  openDocumentInSteps,
} from '../document.js';
import type { DocumentModels, EditorDocument } from '../document.js';
import { isDialect } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { LineIndex } from '../positions.js';
import { plainText } from '../snippet.js';
import type { CompletionItem, DocumentSymbol, EditorDiagnostic, SymbolKind as EditorSymbolKind, TextEdit } from '../types.js';
import type { Finding, FindingFix, LintContext } from '../lint/finding.js';
import { ruleOf } from '../lint/core.js';
import { quoteFixFor } from '../lint/hints.js';
import { lintAnalysis, suppressionDirectives } from '../lint/index.js';
import { diagnoseScript } from '../script.js';
import type { ScriptAnalysis } from '../script.js';
import { commaListHints } from '../value-reading.js';

/** Options of the language server. */
export interface LspServerOptions {
  /** Where services, operations and shapes come from (a `ModelRegistry` fits). */
  readonly models: DocumentModels;
  /** Quiet period after an edit before diagnostics are computed, in milliseconds (default 150). */
  readonly debounceMs?: number;
  /** How long a request waits for its document's analysis before answering empty, in milliseconds (default 1,000). */
  readonly requestBudgetMs?: number;
  /** Longest stretch of analysis between two turns of the event loop, in milliseconds (default 20). */
  readonly sliceMs?: number;
  /**
   * The AWS CLI documents are written for unless they say (`# dialect: v2`); the client's
   * `initializationOptions.dialect` overrides it. Default v1.
   */
  readonly dialect?: Dialect;
}

/** The server's name in diagnostics (`source`) and `serverInfo`. */
export const SERVER_NAME = 'aws-shorthand';

interface OpenState {
  readonly version: number;
  readonly document: EditorDocument;
  readonly lines: LineIndex;
  /** The lint findings of a script, computed on first need (diagnostics, then code actions). */
  findings?: readonly Finding[];
}

/**
 * The server's `initializationOptions`: `upgrade` adds the findings of what changes on AWS CLI
 * v2 (default false); `dialect` is the AWS CLI the scripts are written for (`v1`, the default,
 * or `v2`).
 */
export interface LspInitializationOptions {
  readonly upgrade?: boolean;
  readonly dialect?: string;
}

/** The page of AWS's migration guide that the upgrade findings' `migration` anchors point into. */
export const MIGRATION_GUIDE = 'https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html';

/**
 * Serve `connection`: diagnostics on open and change (for scripts, the lint findings too, by
 * rule id), completion, hover, formatting, folding, document symbols and quick fixes (the lint
 * findings' fixes among them). `initializationOptions` may set `upgrade` and `dialect`
 * (`LspInitializationOptions`). Call before `connection.listen()` (this function does not).
 */
export function startLspServer(connection: Connection, options: LspServerOptions): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);
  const debounceMs = options.debounceMs ?? 150;
  const budgetMs = options.requestBudgetMs ?? 1_000;
  const sliceMs = options.sliceMs ?? 20;
  // The analysis of each document's latest analysed version, and the one under way.
  const states = new Map<string, OpenState>();
  const jobs = new Map<string, { readonly version: number; readonly done: Promise<OpenState | undefined> }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let snippets = false;
  let upgrade = false;
  let dialect = options.dialect;

  /** What the lint rules know of a document: its dialect, the `upgrade` option, the services. */
  const lintContext = (state: OpenState): LintContext => ({ dialect: state.document.dialect, upgrade, serviceNames: (serviceNames ??= knownServices(options.models)) });
  let serviceNames: readonly string[] | undefined;

  const isLatest = (uri: string, version: number): boolean => documents.get(uri)?.version === version;

  /**
   * The analysis of `textDocument`'s current version: the one made, the one under way, or a new
   * one. It resolves to `undefined` when a newer version arrived before it finished.
   */
  const analysisOf = (textDocument: TextDocument): Promise<OpenState | undefined> => {
    const { uri, version } = textDocument;
    const known = states.get(uri);
    if (known !== undefined && known.version === version) return Promise.resolve(known);
    const running = jobs.get(uri);
    if (running !== undefined && running.version === version) return running.done;
    const text = textDocument.getText();
    const done = inSlices(openDocumentInSteps(text, textDocument.languageId, options.models, known?.document, dialect === undefined ? {} : { dialect }), sliceMs, () => !isLatest(uri, version))
      .then((document): OpenState | undefined => {
        if (document === undefined || !isLatest(uri, version)) return undefined;
        const state = { version, document, lines: new LineIndex(text) };
        states.set(uri, state);
        return state;
      })
      .catch((error: unknown) => {
        logError(error);
        return undefined;
      })
      .finally(() => {
        if (jobs.get(uri)?.done === done) jobs.delete(uri);
      });
    jobs.set(uri, { version, done });
    return done;
  };

  const logError = (error: unknown): void => {
    connection.console.error(`${SERVER_NAME}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  /**
   * Answer a request about `uri` from the analysis of its latest version: `fallback` when the
   * document is unknown, the analysis outlasts the budget, or a service fails (a bug must cost
   * one answer, not the session); a cancelled request gets the protocol's RequestCancelled error.
   */
  const withState = async <T>(uri: string, fallback: T, token: CancellationToken, use: (state: OpenState) => T): Promise<T> => {
    const deadline = Date.now() + budgetMs;
    for (;;) {
      const textDocument = documents.get(uri);
      if (textDocument === undefined) return fallback;
      const state = await until(analysisOf(textDocument), deadline, token);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      if (state === TIMED_OUT) return fallback;
      if (state === undefined || !isLatest(uri, state.version)) {
        // A newer version arrived meanwhile: answer for it (the editor shows the latest text).
        // Still the same version: its analysis failed (and was logged).
        if (isLatest(uri, textDocument.version)) return fallback;
        continue;
      }
      try {
        return use(state);
      } catch (error) {
        logError(error);
        return fallback;
      }
    }
  };

  /** Analyse and publish diagnostics for the latest version of `uri`, unless a newer one comes first. */
  const publishDiagnostics = async (uri: string): Promise<void> => {
    const textDocument = documents.get(uri);
    if (textDocument === undefined) return;
    const state = await analysisOf(textDocument);
    if (state === undefined || !isLatest(uri, state.version)) return;
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = scriptOrFileDiagnostics(state, lintContext(state));
    } catch (error) {
      logError(error);
    }
    void connection.sendDiagnostics({ uri, version: state.version, diagnostics });
  };

  connection.onInitialize((params): InitializeResult => {
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    // `initializationOptions: { dialect: 'v2', upgrade: true }`: the AWS CLI of documents without
    // a `# dialect:` comment, and whether to report what changes on v2.
    const init = (params.initializationOptions ?? {}) as LspInitializationOptions;
    upgrade = init.upgrade === true;
    if (isDialect(init.dialect)) dialect = init.dialect;
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

  // Edits come in bursts: diagnostics wait for a quiet period, so a burst costs one analysis.
  documents.onDidChangeContent(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        void publishDiagnostics(document.uri);
      }, debounceMs),
    );
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    states.delete(document.uri);
    jobs.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position }, token) =>
    withState(textDocument.uri, [], token, (state) =>
      documentCompletions(state.document, state.lines.offsetAt(position), options.models).map((item) => toCompletion(item, state.lines, snippets)),
    ),
  );

  connection.onHover(({ textDocument, position }, token): Promise<Hover | null> =>
    withState<Hover | null>(textDocument.uri, null, token, (state) => {
      const found = documentHover(state.document, state.lines.offsetAt(position));
      if (found === undefined) return null;
      return { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: state.lines.rangeOf(found.offset, found.length) };
    }),
  );

  connection.onDocumentFormatting(({ textDocument, options: formatting }, token) =>
    withState(textDocument.uri, [], token, (state) => documentFormatting(state.document, { indent: formatting.tabSize }).map((edit) => toTextEdit(edit, state.lines))),
  );

  connection.onFoldingRanges(({ textDocument }, token) =>
    withState(textDocument.uri, [], token, (state) => {
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

  // The outline of a very long script is the one answer that can take seconds by itself: past
  // the request's budget it holds the commands listed so far.
  connection.onDocumentSymbol(({ textDocument }, token) => {
    const deadline = performance.now() + budgetMs;
    return withState(textDocument.uri, [], token, (state) =>
      documentSymbolTree(state.document, () => performance.now() > deadline).map((symbol) => toSymbol(symbol, state.lines)),
    );
  });

  connection.onCodeAction(({ textDocument, range }, token) =>
    withState(textDocument.uri, [], token, (state) => {
      const start = state.lines.offsetAt(range.start);
      const end = state.lines.offsetAt(range.end);
      const documentFixes = documentQuickFixes(state.document, start, end - start);
      const actions = documentFixes.map(
        (fix): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [publishedDiagnostic(state, lintContext(state), fix.diagnostic)],
          isPreferred: fix.preferred === true,
          edit: { changes: { [textDocument.uri]: fix.edits.map((edit) => toTextEdit(edit, state.lines)) } },
        }),
      );
      const offered = new Set(documentFixes.map((fix) => editsKey(fix.edits)));
      // The lint findings' fixes: the finding's own (preferred) and, for a comma that made a list, quoting.
      for (const finding of findingsOf(state, lintContext(state))) {
        if (finding.offset > end || finding.offset + finding.length < start) continue;
        const diagnostic = findingDiagnostic(finding, state.lines);
        const alternative = state.document.kind === 'script' ? quoteFixFor(finding, state.document.analysis) : undefined;
        [finding.fix, alternative].forEach((fix, index) => {
          // A core finding's "did you mean" is often the document's own quick fix, offered above.
          if (fix === undefined || offered.has(editsKey(fix.edits))) return;
          actions.push(findingAction(fix, diagnostic, textDocument.uri, state.lines, index === 0));
        });
      }
      return actions;
    }),
  );

  documents.listen(connection);
  return documents;
}

const TIMED_OUT = Symbol('timed out');

/**
 * The lint findings of a document, with their fixes. For a script, `lintAnalysis`'s (core rules,
 * hints, and the upgrade rules when `context.upgrade`; inline `# aws-shorthand disable=`
 * comments applied), as `check` reports them, plus the document's own problems (a `# dialect:`
 * comment naming no dialect) and, without `upgrade`, the analysis' notes on how v2 would read a
 * blob (code `BLOB_READ_AS_BASE64_IN_V2`; with `upgrade` the rule `v2-binary-param` reports
 * each blob instead, with its migration link and fix). For a shorthand file, the comma hint.
 */
function findingsOf(state: OpenState, context: LintContext): readonly Finding[] {
  if (state.findings !== undefined) return state.findings;
  if (state.document.kind === 'shorthand') {
    // A shorthand file: the one hint that needs no script, a comma that made a list.
    const { analysis, valueOffset } = state.document;
    state.findings = commaListHints(analysis).map((hint) => ({
      rule: 'hint-comma-list',
      severity: 'warning' as const,
      message: hint.message,
      offset: hint.offset + valueOffset,
      length: hint.length,
      fix: { title: `Escape the comma${hint.escape.length > 1 ? 's' : ''} (\\,)`, edits: hint.escape.map((edit) => ({ ...edit, offset: edit.offset + valueOffset })) },
    }));
    return state.findings;
  }
  const { analysis, dialect, problems } = state.document;
  const extra: Finding[] = problems.map((problem) => editorFinding(problem, problem.code === 'UNKNOWN_DIALECT' ? 'unknown-dialect' : problem.code));
  // The notes arise under v1 only; under v2 the same blobs are invalid-base64 errors.
  if (!context.upgrade && dialect === 'v1') {
    const directives = suppressionDirectives(analysis.text);
    const lines = directives.size === 0 ? undefined : new LineIndex(analysis.text);
    for (const diagnostic of diagnoseScript(analysis, { dialect })) {
      if (diagnostic.code !== 'BLOB_READ_AS_BASE64_IN_V2') continue;
      // The note stands for the rule `v2-binary-param`: a comment disabling that rule disables it.
      if (lines !== undefined && disabledOn(directives, lines, commandRange(analysis, diagnostic), 'v2-binary-param')) continue;
      extra.push(editorFinding(diagnostic, diagnostic.code));
    }
  }
  const findings = [...lintAnalysis(analysis, context), ...extra].sort((a, b) => a.offset - b.offset || a.length - b.length);
  state.findings = findings;
  return findings;
}

/** An editor diagnostic as a finding reported under `rule`. */
function editorFinding(diagnostic: EditorDiagnostic, rule: string): Finding {
  return { rule, severity: diagnostic.severity, message: diagnostic.message, offset: diagnostic.offset, length: diagnostic.length };
}

/** The range of the command holding `range` (a directive applies to a whole command), else `range` itself. */
function commandRange(analysis: ScriptAnalysis, range: { offset: number; length: number }): { offset: number; length: number } {
  let found: { offset: number; length: number } = range;
  for (const { command } of analysis.commands) {
    const whole = command.command;
    // The innermost command holding the range: commands come in offset order, inner ones later.
    if (whole.offset <= range.offset && range.offset + range.length <= whole.offset + whole.length) found = whole;
  }
  return found;
}

/** Whether a directive on a line of `range`, or the line before, disables `rule` (as `lintScript` decides). */
function disabledOn(directives: Map<number, ReadonlySet<string>>, lines: LineIndex, range: { offset: number; length: number }, rule: string): boolean {
  const first = lines.positionAt(range.offset).line;
  const last = lines.positionAt(range.offset + range.length).line;
  for (let line = first - 1; line <= last; line++) {
    const rules = directives.get(line);
    if (rules !== undefined && (rules.has(rule) || rules.has('all'))) return true;
  }
  return false;
}

/** The diagnostics of a document: its lint findings (see `findingsOf`) with the rule id as the code; a shorthand file's own diagnostics too. */
function scriptOrFileDiagnostics(state: OpenState, context: LintContext): Diagnostic[] {
  const findings = findingsOf(state, context).map((finding) => findingDiagnostic(finding, state.lines));
  if (state.document.kind === 'script') return findings;
  return documentDiagnostics(state.document).map((d) => toDiagnostic(d, state.lines)).concat(findings);
}

/**
 * An editor diagnostic as the server published it: for a script, the lint finding at the same
 * range under the diagnostic's rule (its code is the rule id), so that a client matches the
 * action to the diagnostic it shows.
 */
function publishedDiagnostic(state: OpenState, context: LintContext, diagnostic: EditorDiagnostic): Diagnostic {
  if (state.document.kind === 'script') {
    const rule = diagnostic.code === 'BLOB_READ_AS_BASE64_IN_V2' ? diagnostic.code : ruleOf(diagnostic);
    // By range and rule: a quick fix's diagnostic may word its message without the option's name.
    const finding = findingsOf(state, context).find((f) => f.offset === diagnostic.offset && f.length === diagnostic.length && f.rule === rule);
    if (finding !== undefined) return findingDiagnostic(finding, state.lines);
  }
  return toDiagnostic(diagnostic, state.lines);
}

/** The CLI names of the services `models` knows (for "did you mean" on an unknown service), or none. */
function knownServices(models: DocumentModels): readonly string[] {
  try {
    return models.serviceNames?.() ?? [];
  } catch {
    return [];
  }
}

/** A key equal for two lists of the same edits: a fix already offered is not offered twice. */
function editsKey(edits: readonly TextEdit[]): string {
  return JSON.stringify(edits.map((edit) => [edit.offset, edit.length, edit.newText]));
}

const FINDING_SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, style: DiagnosticSeverity.Hint } as const;

/**
 * A lint finding as an LSP diagnostic: the rule id as its code and, for an upgrade finding, the
 * migration guide's section as the code's description.
 */
export function findingDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    range: lines.rangeOf(finding.offset, finding.length),
    severity: FINDING_SEVERITY[finding.severity],
    code: finding.rule,
    ...(finding.migration === undefined ? {} : { codeDescription: { href: `${MIGRATION_GUIDE}#${finding.migration}` } }),
    source: SERVER_NAME,
    message: finding.message,
  };
}

function findingAction(fix: FindingFix, diagnostic: Diagnostic, uri: string, lines: LineIndex, preferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: fix.edits.map((edit) => toTextEdit(edit, lines)) } },
  };
}

/**
 * Run `steps` in slices of about `sliceMs`, yielding to the event loop between slices so that
 * messages are read meanwhile; resolves to `undefined` when `stale()` turns true between slices.
 */
async function inSlices<T>(steps: Generator<void, T, void>, sliceMs: number, stale: () => boolean): Promise<T | undefined> {
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done === true) return next.value;
      if (performance.now() >= sliceEnd) break;
    }
    await new Promise<void>((resume) => setImmediate(resume));
    if (stale()) return undefined;
  }
}

/** `promise`'s value, or `TIMED_OUT` at `deadline` (ms since the epoch), or `undefined` once `token` is cancelled. */
function until<T>(promise: Promise<T>, deadline: number, token: CancellationToken): Promise<T | typeof TIMED_OUT | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(TIMED_OUT), Math.max(0, deadline - Date.now()));
    const cancelled = token.onCancellationRequested(() => finish(undefined));
    const finish = (value: T | typeof TIMED_OUT | undefined): void => {
      clearTimeout(timer);
      cancelled.dispose();
      resolve(value);
    };
    promise.then(finish, () => finish(undefined));
  });
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
