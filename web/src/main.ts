/**
 * The playground page: two panes (shorthand in a CodeMirror editor, JSON in a text area), a
 * shape picker, the dialect switch and the command line. Everything the toolkit computes comes
 * from the worker (worker.ts); this module only draws, so typing never waits on it.
 */
import { autocompletion } from '@codemirror/autocomplete';
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history as editHistory, historyKeymap } from '@codemirror/commands';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { Tooltip } from '@codemirror/view';
import { completionKeymap } from '@codemirror/autocomplete';
import type { CompletionItem } from '../../src/editor/types.js';
import type { AnswerEnvelope, Answers, Conversion, PaneMessage, Request, RequestEnvelope, ServiceShapes, WebDialect } from './protocol.js';
import { readState, writeState } from './state.js';
import type { PageState } from './state.js';

const worker = new Worker('worker.js', { type: 'module' });
let nextId = 1;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
worker.onmessage = (event: MessageEvent<AnswerEnvelope>): void => {
  const reply = event.data;
  const waiting = pending.get(reply.id);
  if (waiting === undefined) return;
  pending.delete(reply.id);
  if (reply.ok) waiting.resolve(reply.value);
  else waiting.reject(new Error(reply.error));
};

/** Ask the worker. */
function ask<R extends Request>(request: R): Promise<Answers[R['kind']]> {
  const id = nextId++;
  const envelope: RequestEnvelope = { id, request };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker.postMessage(envelope);
  });
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

const shapeInput = element<HTMLInputElement>('shape');
const shapeList = element<HTMLDataListElement>('shapes');
const dialectSelect = element<HTMLSelectElement>('dialect');
const jsonPane = element<HTMLTextAreaElement>('json');
const messagesList = element<HTMLUListElement>('messages');
const commandLine = element<HTMLElement>('command-line');
const commandWhere = element<HTMLElement>('command-where');
const copyButton = element<HTMLButtonElement>('copy');
const formatButton = element<HTMLButtonElement>('format');
const fileInput = element<HTMLInputElement>('model-file');
const statusLine = element<HTMLElement>('status');

let state: PageState = readState(location.search);
/** Bumped on every edit: answers to older edits are dropped. */
let generation = 0;
/** Set while the page writes into the shorthand editor, so that the write is not converted back. */
let writingShorthand = false;

const shorthandView = new EditorView({
  parent: element('shorthand'),
  doc: state.source === 'shorthand' ? state.text : '',
  extensions: [
    lineNumbers(),
    editHistory(),
    EditorView.lineWrapping,
    placeholder('Key=Value,List=[a,b],Nested={X=1}'),
    autocompletion({ override: [completionSource], activateOnTyping: true }),
    hoverTooltip(hoverSource, { hoverTime: 250 }),
    keymap.of([...completionKeymap, ...lintKeymap, ...historyKeymap, { key: 'Shift-Alt-f', run: () => (void formatShorthand(), true) }, ...defaultKeymap]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !writingShorthand) scheduleFromShorthand();
    }),
    EditorView.contentAttributes.of({ 'aria-label': 'shorthand', spellcheck: 'false' }),
  ],
});

/** Completion from the worker's `complete`, applied as its edit (tab stops left empty, cursor on the first). */
async function completionSource(context: CompletionContext): Promise<CompletionResult | null> {
  const items = await ask({ kind: 'complete', shape: state.shape, text: context.state.doc.toString(), offset: context.pos });
  if (items.length === 0 || context.aborted) return null;
  const from = Math.min(...items.map((item) => item.edit.offset));
  return {
    from,
    to: context.pos,
    filter: true,
    // The toolkit's order (its sortText: required members first) as CodeMirror's boost, which
    // ranges over -99..99 and is added to the match score.
    options: [...items]
      .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))
      .map((item, rank) => toCompletion(item, -Math.min(rank, 99))),
  };
}

function toCompletion(item: CompletionItem, boost: number): Completion {
  return {
    label: item.label,
    type: item.kind === 'member' ? 'property' : item.kind === 'enum' ? 'enum' : 'constant',
    boost,
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { info: item.documentation } : {}),
    apply: (view: EditorView) => {
      let text = '';
      let cursor: number | undefined;
      for (const part of item.insert) {
        if (typeof part === 'string') text += part;
        else {
          cursor ??= text.length;
          text += part.choices?.[0] ?? '';
        }
      }
      const start = item.edit.offset;
      // The edit was computed for the text at the request; typing since then extends its end.
      const end = Math.max(item.edit.offset + item.edit.length, view.state.selection.main.head);
      view.dispatch({ changes: { from: start, to: end, insert: text }, selection: EditorSelection.cursor(start + (cursor ?? text.length)) });
    },
  };
}

/** Hover from the worker's `hover`, its Markdown drawn with `**bold**` and `` `code` `` only. */
async function hoverSource(view: EditorView, pos: number): Promise<Tooltip | null> {
  const info = await ask({ kind: 'hover', shape: state.shape, text: view.state.doc.toString(), offset: pos });
  if (info === null) return null;
  return {
    pos: info.offset,
    end: info.offset + info.length,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'hover';
      dom.dataset['testid'] = 'hover';
      dom.append(...markdownSpans(info.contents));
      return { dom };
    },
  };
}

/**
 * The little Markdown the hover text uses (bold and code spans; line breaks kept by the
 * tooltip's `white-space: pre-wrap`), built as nodes so that no model text becomes HTML.
 */
function markdownSpans(markdown: string): Node[] {
  const nodes: Node[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of markdown.matchAll(pattern)) {
    nodes.push(document.createTextNode(markdown.slice(last, match.index)));
    const span = document.createElement(match[1] !== undefined ? 'strong' : 'code');
    span.textContent = match[1] ?? match[2] ?? '';
    nodes.push(span);
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(markdown.slice(last)));
  return nodes;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleFromShorthand(): void {
  generation++;
  clearTimeout(timer);
  timer = setTimeout(() => void fromShorthand(), 40);
}

async function fromShorthand(): Promise<void> {
  const mine = ++generation;
  const text = shorthandView.state.doc.toString();
  shorthandView.dom.classList.remove('stale');
  state = { ...state, source: 'shorthand', text };
  saveState();
  const result = await ask({ kind: 'from-shorthand', shape: state.shape, text, dialect: state.dialect });
  if (mine !== generation) return;
  if (result.text !== undefined) jsonPane.value = result.text;
  // Input with no value (a syntax error, a value of the wrong type) leaves the last JSON, dimmed.
  jsonPane.classList.toggle('stale', result.text === undefined);
  show(result);
}

async function fromJson(): Promise<void> {
  const mine = ++generation;
  const text = jsonPane.value;
  state = { ...state, source: 'json', text };
  saveState();
  const result = await ask({ kind: 'from-json', shape: state.shape, text, dialect: state.dialect });
  if (mine !== generation) return;
  jsonPane.classList.remove('stale');
  shorthandView.dom.classList.toggle('stale', result.text === undefined);
  if (result.text !== undefined && result.text !== shorthandView.state.doc.toString()) {
    writingShorthand = true;
    shorthandView.dispatch({ changes: { from: 0, to: shorthandView.state.doc.length, insert: result.text } });
    writingShorthand = false;
  }
  show(result);
}

/** Draw a conversion's diagnostics (squiggles and list) and command line. */
function show(result: Conversion): void {
  const length = shorthandView.state.doc.length;
  const diagnostics: Diagnostic[] = result.diagnostics.map(({ diagnostic, fixes }) => ({
    from: Math.min(diagnostic.offset, length),
    to: Math.min(diagnostic.offset + diagnostic.length, length),
    severity: diagnostic.severity,
    message: diagnostic.message,
    source: diagnostic.code,
    actions: fixes.map((fix) => ({
      name: fix.title,
      apply: (view: EditorView) => view.dispatch({ changes: fix.edits.map((edit) => ({ from: edit.offset, to: edit.offset + edit.length, insert: edit.newText })) }),
    })),
  }));
  shorthandView.dispatch(setDiagnostics(shorthandView.state, diagnostics));
  messagesList.replaceChildren(...result.messages.map(messageItem));
  if (result.messages.length === 0) {
    const none = document.createElement('li');
    none.className = 'none';
    none.textContent = 'No problems.';
    messagesList.append(none);
  }
  commandLine.textContent = result.commandLine?.text ?? '';
  commandWhere.textContent = result.commandLine?.where ?? 'no operation takes this shape';
}

function messageItem(message: PaneMessage): HTMLLIElement {
  const item = document.createElement('li');
  item.className = message.severity;
  const text = message.pane === 'json' ? jsonPane.value : shorthandView.state.doc.toString();
  const before = text.slice(0, message.offset);
  const line = before.split('\n').length;
  const column = message.offset - before.lastIndexOf('\n');
  item.textContent = `${message.pane} ${line}:${column} ${message.severity}: ${message.message} [${message.code}]`;
  return item;
}

async function formatShorthand(): Promise<void> {
  const text = shorthandView.state.doc.toString();
  const formatted = await ask({ kind: 'format', shape: state.shape, text });
  if (formatted !== shorthandView.state.doc.toString() && text === shorthandView.state.doc.toString()) {
    shorthandView.dispatch({ changes: { from: 0, to: text.length, insert: formatted } });
  }
}

function saveState(): void {
  history.replaceState(null, '', writeState(state));
}

function fillShapes(services: readonly ServiceShapes[]): void {
  const options = services.flatMap(({ service, shapes }) =>
    shapes.map((shape) => {
      const option = document.createElement('option');
      option.value = `${service}.${shape}`;
      return option;
    }),
  );
  shapeList.replaceChildren(...options);
  statusLine.textContent = `${options.length} shapes from ${services.map((s) => s.service).join(', ')}`;
}

/** Convert from the pane the state names. */
function refresh(): Promise<void> {
  return state.source === 'json' ? fromJson() : fromShorthand();
}

async function loadModelFile(file: File): Promise<void> {
  const answer = await ask({ kind: 'load-model', text: await file.text(), fileName: file.name });
  fillShapes(answer.services);
  if (answer.error !== undefined) statusLine.textContent = answer.error;
  else statusLine.textContent += ` (loaded ${answer.loaded ?? file.name})`;
}

shapeInput.value = state.shape;
dialectSelect.value = state.dialect;
if (state.source === 'json') jsonPane.value = state.text;
shapeInput.addEventListener('change', () => {
  state = { ...state, shape: shapeInput.value.trim() };
  void refresh();
});
dialectSelect.addEventListener('change', () => {
  state = { ...state, dialect: dialectSelect.value as WebDialect };
  void refresh();
});
jsonPane.addEventListener('input', () => {
  generation++;
  clearTimeout(timer);
  timer = setTimeout(() => void fromJson(), 40);
});
formatButton.addEventListener('click', () => void formatShorthand());
copyButton.addEventListener('click', () => {
  const text = commandLine.textContent ?? '';
  // The clipboard API needs a secure context (https or localhost); elsewhere the line is
  // selected, for Ctrl-C.
  if (window.isSecureContext && navigator.clipboard !== undefined) {
    void navigator.clipboard.writeText(text).then(() => flash(copyButton, 'Copied'));
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(commandLine);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
});

/** Show `label` on `button` for a moment. */
function flash(button: HTMLButtonElement, label: string): void {
  const before = button.textContent;
  button.textContent = label;
  setTimeout(() => (button.textContent = before), 1200);
}
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void loadModelFile(file);
});
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void loadModelFile(file);
});

void ask({ kind: 'init' }).then(async ({ services }) => {
  fillShapes(services);
  await refresh();
  document.body.dataset['ready'] = 'true';
});
