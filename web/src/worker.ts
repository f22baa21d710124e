/**
 * The playground's worker: holds the models and runs every toolkit call (conversions, the
 * editor services, command lines), so the page's main thread never waits on them while the
 * user types. Only browser-safe modules are imported (test/web/browser-safe.test.ts).
 */
import { analyse, analyseTree } from '../../src/editor/analysis.js';
import { completeAnalysis } from '../../src/editor/complete.js';
import { diagnoseAnalysis, limitDiagnostics } from '../../src/editor/diagnose.js';
import { formattedText } from '../../src/editor/format.js';
import { hoverAnalysis } from '../../src/editor/hover.js';
import { quickFixesOf } from '../../src/editor/quick-fix.js';
import type { EditorDiagnostic } from '../../src/editor/types.js';
import { modelFromBotocore } from '../../src/model/loaders/botocore.js';
import type { BotocoreModelJson } from '../../src/model/loaders/botocore.js';
import { lazyModelJson } from '../../src/model/loaders/lazy-json.js';
import { ModelRegistry } from '../../src/model/registry.js';
import type { Shape, ServiceModel } from '../../src/model/shape.js';
import { isDict } from '../../src/model/python.js';
import { jsonText } from '../../src/serializer/json.js';
import { serialize } from '../../src/serializer/serialize.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import { decodeBlobs } from '../../src/awscli/binary-format.js';
import { loadPythonJson } from '../../src/cli/argv/python-json-loads.js';
import sagemakerModelText from 'virtual:sagemaker-model';
import type { AnswerEnvelope, Answers, CommandLine, Conversion, DiagnosticWithFixes, PaneMessage, Request, RequestEnvelope, ServiceShapes, WebDialect } from './protocol.js';

// No files in a browser: the registry holds only the models given to it.
const registry = new ModelRegistry({ bundled: false });
registry.register(modelFromBotocore(lazyModelJson(sagemakerModelText), { serviceName: 'sagemaker' }));

/** Answer one request. */
function answer(request: Request): Answers[Request['kind']] {
  switch (request.kind) {
    case 'init':
      return { services: services() };
    case 'load-model':
      return loadModel(request.text, request.fileName);
    case 'from-shorthand':
      return fromShorthand(request.shape, request.text, request.dialect);
    case 'from-json':
      return fromJson(request.shape, request.text, request.dialect);
    case 'complete':
      return completeAnalysis(analyseTree(request.text, shapeOf(request.shape)), request.offset);
    case 'hover':
      return hoverAnalysis(analyseTree(request.text, shapeOf(request.shape)), request.offset) ?? null;
    case 'format': {
      const shape = shapeOf(request.shape);
      return formattedText(analyse(request.text, shape), shape, { pretty: request.text.includes('\n') }) ?? request.text;
    }
  }
}

/** Every registered service with its shape names. */
function services(): ServiceShapes[] {
  return registry.serviceNames().map((service) => ({ service, shapes: [...registry.service(service).shapeNames()].sort() }));
}

/** Register a dropped botocore `service-2.json`. */
function loadModel(text: string, fileName: string): Answers['load-model'] {
  try {
    const model = modelFromBotocore(JSON.parse(text) as BotocoreModelJson);
    registry.register(model);
    return { services: services(), loaded: model.metadata.serviceName };
  } catch (error) {
    return { services: services(), error: `${fileName}: ${(error as Error).message}` };
  }
}

/** The shape a `service.Shape` reference names, or undefined (the caller reports it). */
function shapeOf(reference: string): Shape | undefined {
  try {
    return registry.shape(reference);
  } catch {
    return undefined;
  }
}

/** A message for a reference that names no shape, or undefined when it does. */
function shapeProblem(reference: string): PaneMessage | undefined {
  try {
    registry.shape(reference);
    return undefined;
  } catch (error) {
    return { pane: 'shorthand', severity: 'error', code: 'SHAPE', message: (error as Error).message, offset: 0, length: 0 };
  }
}

/** Shorthand → the value's JSON, with diagnostics, quick fixes and the command line. */
function fromShorthand(reference: string, text: string, dialect: WebDialect): Conversion {
  const problem = shapeProblem(reference);
  if (problem !== undefined) return { diagnostics: [], messages: [problem] };
  const shape = registry.shape(reference);
  const analysis = analyse(text, shape);
  const diagnostics = limitDiagnostics(diagnoseAnalysis(analysis));
  const withFixes = diagnostics.map((diagnostic) => ({ diagnostic, fixes: fixesFor(analysis, diagnostics, diagnostic) }));
  const messages = diagnostics.map(shorthandMessage);
  const value = analysis.model?.value;
  if (analysis.model === undefined || analysis.model.syntaxErrors.length > 0 || analysis.model.coercionIssues.length > 0 || value === undefined) {
    return { diagnostics: withFixes, messages };
  }
  messages.push(...dialectMessages(value, shape, dialect, 'shorthand'));
  return { text: jsonText(value, 2), diagnostics: withFixes, messages, ...commandLineOf(reference, value) };
}

/** JSON (read as the AWS CLI's `json.loads` reads it, big integers exact) → shorthand. */
function fromJson(reference: string, text: string, dialect: WebDialect): Conversion {
  const problem = shapeProblem(reference);
  if (problem !== undefined) return { diagnostics: [], messages: [problem] };
  const shape = registry.shape(reference);
  const loaded = loadPythonJson(text);
  if (!loaded.ok) {
    return { diagnostics: [], messages: [{ pane: 'json', severity: 'error', code: 'JSON', message: loaded.error.message, offset: loaded.error.offset, length: 0 }] };
  }
  const written = serialize(loaded.value, shape);
  const messages: PaneMessage[] = [];
  if (written.kind === 'json') {
    messages.push({ pane: 'json', severity: 'info', code: 'JSON_FALLBACK', message: `No shorthand carries this value (${written.reason}); the AWS CLI takes the JSON as it is.`, offset: 0, length: 0 });
    return { text: written.text, diagnostics: [], messages, ...commandLineOf(reference, loaded.value) };
  }
  // The shorthand's own diagnostics (unknown keys, missing members, wrong types) tell what the
  // AWS CLI would reject in the value.
  const analysis = analyse(written.text, shape);
  const diagnostics = limitDiagnostics(diagnoseAnalysis(analysis));
  messages.push(...diagnostics.map(shorthandMessage), ...dialectMessages(loaded.value, shape, dialect, 'json'));
  return {
    text: written.text,
    diagnostics: diagnostics.map((diagnostic) => ({ diagnostic, fixes: fixesFor(analysis, diagnostics, diagnostic) })),
    messages,
    ...commandLineOf(reference, loaded.value),
  };
}

function shorthandMessage(diagnostic: EditorDiagnostic): PaneMessage {
  return { pane: 'shorthand', severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message, offset: diagnostic.offset, length: diagnostic.length };
}

function fixesFor(analysis: ReturnType<typeof analyse>, all: readonly EditorDiagnostic[], diagnostic: EditorDiagnostic): DiagnosticWithFixes['fixes'] {
  return quickFixesOf(analysis, all, diagnostic.offset, diagnostic.length).filter((fix) => fix.diagnostic === diagnostic);
}

/**
 * What the chosen AWS CLI adds: v2 reads every blob given as text as base64 (its default
 * `cli_binary_format`), so a blob that is not base64 fails there and not in v1.
 */
function dialectMessages(value: unknown, shape: Shape, dialect: WebDialect, pane: PaneMessage['pane']): PaneMessage[] {
  if (dialect !== 'v2' || !isDict(value)) return [];
  // decodeBlobs decodes in place: a copy keeps the shown value as written.
  const copy = structuredClone(value);
  const failure = decodeBlobs(copy, shape);
  if (failure === undefined) return [];
  return [{ pane, severity: 'error', code: failure.code ?? 'BLOB', message: `AWS CLI v2: ${failure.message}`, offset: 0, length: 0 }];
}

/**
 * The command line that sends `value`: the first operation (by name) whose input is the shape,
 * or has a member of the shape or a list of it, with the value as that member.
 */
function commandLineOf(reference: string, value: unknown): { commandLine?: CommandLine } {
  const dot = reference.lastIndexOf('.');
  const serviceName = reference.slice(0, dot);
  const shapeName = reference.slice(dot + 1);
  let model: ServiceModel;
  try {
    model = registry.service(serviceName);
  } catch {
    return {};
  }
  const operations = [...model.operations.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const operation of operations) {
    const input = operation.input;
    if (input === undefined) continue;
    let params: Record<string, unknown> | undefined;
    if (input.name === shapeName && isDict(value)) params = value;
    for (const member of input.members.values()) {
      if (params !== undefined) break;
      if (member.shape.name === shapeName) params = { [member.name]: value };
      else if (member.shape.kind === 'list' && member.shape.member.name === shapeName) params = { [member.name]: [value] };
    }
    if (params === undefined) continue;
    try {
      const args = toCommandArgs(serviceName, operation.name, params, model);
      return { commandLine: { text: args.text, where: args.argv.slice(0, 3).join(' ') } };
    } catch (error) {
      // A value no option can carry (the serializer says why): the reason stands in for the line.
      return { commandLine: { text: `# ${(error as Error).message}`, where: `aws ${serviceName} ${operation.name}` } };
    }
  }
  return {};
}

self.onmessage = (event: MessageEvent<RequestEnvelope>): void => {
  const { id, request } = event.data;
  let reply: AnswerEnvelope;
  try {
    reply = { id, ok: true, value: answer(request) };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  self.postMessage(reply);
};
