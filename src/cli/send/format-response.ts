/**
 * Printing a response as the AWS CLI does with `--output json|text|table` (after `--query`):
 *
 * - json: `json.dumps(indent=4, ensure_ascii=False)`; an empty object prints nothing;
 * - text: scalars of an object tab-separated on one line (keys sorted), nested lists and
 *   objects on following lines prefixed with their upper-cased key;
 * - table: titled sections, one per nested object or list, as `MultiTable` renders them;
 * - yaml (v2): ruamel.yaml's block YAML (`yaml-emit.ts`); an empty object prints nothing, a
 *   scalar prints as JSON;
 * - yaml-stream (v2): the response as the one element of a YAML list.
 */
import { floatRepr, isDict as isPythonDict, pythonTruthy, pyTypeOf } from '../../model/python.js';
import { dumpPythonJson, PyFloat } from './python-json-dumps.js';
import { COLOR_STYLE, MultiTable, PLAIN_STYLE } from './table.js';
import { dumpYaml, YamlTimestamp } from './yaml-emit.js';

/** How to print. */
export interface FormatOptions {
  readonly output: 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';
  /** The title of the outermost table section: the operation's model name. */
  readonly commandName: string;
  /** Terminal width for tables (80 when stdout is not a terminal). */
  readonly terminalWidth?: number;
  /** Colour the table (`--color on`, or `auto` on a terminal). */
  readonly color?: boolean;
}

/**
 * The text the AWS CLI prints for `response` (already converted by `pythonView`).
 * @example formatResponse({ AutoMLJobArn: 'arn' }, { output: 'text', commandName: 'CreateAutoMLJob' }) // 'arn\n'
 */
export function formatResponse(response: unknown, options: FormatOptions): string {
  switch (options.output) {
    case 'json':
      if (isDict(response) && Object.keys(response).length === 0) return '';
      return `${dumpPythonJson(response, { indent: 4, ensureAscii: false })}\n`;
    case 'text': {
      const out: string[] = [];
      try {
        formatText(response, out, undefined, undefined);
      } catch (error) {
        if (error instanceof TextFormatError) error.printed = out.join('');
        throw error;
      }
      return out.join('');
    }
    case 'yaml':
      if (isDict(response) && Object.keys(response).length === 0) return '';
      return yamlDocument(response);
    case 'yaml-stream':
      // Each response (page) is one element of a list; no output, no element.
      if (isDict(response) && Object.keys(response).length === 0) return '';
      return yamlDocument([response]);
    case 'table': {
      const table = new MultiTable(options.terminalWidth ?? 80, options.color === true ? COLOR_STYLE : PLAIN_STYLE);
      return buildTable(table, options.commandName, response, 0) ? table.render() : '';
    }
  }
}

/** AWS CLI v2's YAML dumper: scalars go out as JSON (YAML would end them with `...`). */
function yamlDocument(value: unknown): string {
  if (value instanceof YamlTimestamp) return `${dumpPythonJson(value.text.replace(' ', 'T'))}\n`;
  if (Array.isArray(value) || isDict(value)) return dumpYaml(value);
  return `${dumpPythonJson(value, { ensureAscii: false })}\n`;
}

/**
 * The AWS CLI's text formatter fails on a list that mixes objects with other values (it asks
 * every element for its items); what was printed before the failure stays printed.
 */
export class TextFormatError extends Error {
  /** The text written before the failure. */
  printed = '';
}

/** Python's `str()` of a scalar as the text and table formats print it. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : floatRepr(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  return dumpPythonJson(value);
}

/** A dict to format (a `PyFloat` is a number). */
function isDict(value: unknown): value is Record<string, unknown> {
  return isPythonDict(value) && !(value instanceof PyFloat) && !(value instanceof YamlTimestamp);
}

function isScalar(value: unknown): boolean {
  return !Array.isArray(value) && !isDict(value);
}

/** Python truthiness, as `if not current` tests it. */
function truthy(value: unknown): boolean {
  return value instanceof PyFloat ? value.value !== 0 : pythonTruthy(value);
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- text ----------------------------------------------------------------------------------

function formatText(item: unknown, out: string[], identifier: string | undefined, scalarKeys: readonly string[] | undefined): void {
  if (isDict(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${scalarText(item)}\n`);
}

function formatList(items: readonly unknown[], out: string[], identifier: string | undefined): void {
  if (items.length === 0) return;
  if (items.some(isDict)) {
    const keys = new Set<string>();
    for (const element of items) {
      if (!isDict(element)) throw new TextFormatError(`'${element instanceof PyFloat ? 'float' : pyTypeOf(element)}' object has no attribute 'items'`);
      for (const [key, value] of Object.entries(element)) if (isScalar(value)) keys.add(key);
    }
    const allKeys = sortedKeys(keys);
    for (const element of items) formatText(element, out, identifier, allKeys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    const nested = items.filter((element) => !isScalar(element));
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const element of nested) formatText(element, out, identifier, undefined);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(items: readonly unknown[], out: string[], identifier: string | undefined): void {
  if (identifier !== undefined) {
    for (const item of items) out.push(`${identifier.toUpperCase()}\t${scalarText(item)}\n`);
  } else {
    out.push(`${items.map(scalarText).join('\t')}\n`);
  }
}

function formatDict(item: Record<string, unknown>, out: string[], identifier: string | undefined, scalarKeys: readonly string[] | undefined): void {
  const scalars: string[] = [];
  const nested: Array<[string, unknown]> = [];
  if (scalarKeys === undefined) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key];
      if (isScalar(value)) scalars.push(scalarText(value));
      else nested.push([key, value]);
    }
  } else {
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? scalarText(item[key]) : '');
    for (const key of sortedKeys(Object.keys(item).filter((k) => !scalarKeys.includes(k)))) nested.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nested) formatText(value, out, key, undefined);
}

// ---- table ---------------------------------------------------------------------------------

function buildTable(table: MultiTable, title: string | undefined, current: unknown, indent: number): boolean {
  if (!truthy(current)) return false;
  if (title !== undefined) table.newSection(title, indent);
  if (Array.isArray(current)) {
    if (isDict(current[0])) {
      tableFromList(table, current, indent, title);
    } else {
      for (const item of current) {
        if (isScalar(item)) table.addRow([scalarText(item)]);
        else if (Array.isArray(item) && item.every(isScalar)) table.addRow(item.map(scalarText));
        // Iterating a dict yields its keys, all scalars: the AWS CLI prints them as a row.
        else if (isDict(item)) table.addRow(Object.keys(item));
        else buildTable(table, undefined, item, 0);
      }
    }
  }
  if (isDict(current)) tableFromDict(table, current, indent);
  return true;
}

function groupKeys(current: Record<string, unknown>): [string[], string[]] {
  const headers: string[] = [];
  const more: string[] = [];
  for (const key of Object.keys(current)) (isScalar(current[key]) ? headers : more).push(key);
  return [sortedKeys(headers), sortedKeys(more)];
}

function tableFromDict(table: MultiTable, current: Record<string, unknown>, indent: number): void {
  const [headers, more] = groupKeys(current);
  if (headers.length === 1) {
    const only = headers[0] as string;
    table.addRow([only, scalarText(current[only])]);
  } else if (headers.length > 0) {
    table.addRowHeader(headers);
    table.addRow(headers.map((key) => scalarText(current[key])));
  }
  for (const key of more) buildTable(table, key, current[key], indent + 1);
}

function tableFromList(table: MultiTable, current: readonly unknown[], indent: number, title: string | undefined): void {
  const headerSet = new Set<string>();
  const moreSet = new Set<string>();
  for (const element of current) {
    if (!isDict(element)) continue;
    const [headers, more] = groupKeys(element);
    headers.forEach((key) => headerSet.add(key));
    more.forEach((key) => moreSet.add(key));
  }
  const headers = sortedKeys(headerSet);
  const more = sortedKeys(moreSet);
  table.addRowHeader(headers);
  current.forEach((element, i) => {
    if (!isDict(element)) return;
    if (i > 0 && more.length > 0) {
      table.newSection(title ?? '', indent);
      table.addRowHeader(headers);
    }
    table.addRow(headers.map((key) => (Object.hasOwn(element, key) ? scalarText(element[key]) : '')));
    for (const key of more) if (Object.hasOwn(element, key)) buildTable(table, key, element[key], indent + 1);
  });
}
