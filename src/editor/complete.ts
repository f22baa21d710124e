/**
 * `complete`: proposals at an offset — member names not yet present (required first, with their
 * type), enum values, `true`/`false`, and the `{…}` / `[…]` forms — at any nesting depth, in
 * finished or unfinished text. Each proposal carries the edit that applies it.
 */
import type { KeyValueNode, ObjectNode, ValueNode } from '../grammar/index.js';
import type { Member, Shape, StructureShape } from '../model/index.js';
import { analyseTree } from './analysis.js';
import type { Analysis } from './analysis.js';
import { getLocation } from './location.js';
import type { Location } from './location.js';
import { documentationOf, typeLabel } from './shape-info.js';
import { hasTabStop, renderSnippet } from './snippet.js';
import type { SnippetPart } from './snippet.js';
import { equalsEnd } from './tree.js';
import type { CompletionItem, CompletionKind } from './types.js';

/**
 * Completion proposals at `offset` in `text`, a value of `shape`.
 * @example complete('DataSource={S3DataSource={S3Dat', channel, 31).map((i) => i.label) // ['S3DataType', 'S3Uri', …]
 */
export function complete(text: string, shape: Shape | undefined, offset: number): CompletionItem[] {
  return completeAnalysis(analyseTree(text, shape), offset);
}

/** `complete` for an analysis already made. */
export function completeAnalysis(analysis: Analysis, offset: number): CompletionItem[] {
  const { walk, text } = analysis;
  if (walk === undefined) return [];
  const location = getLocation(text, offset, analysis.parsed);
  const items: CompletionItem[] = [];
  if (location.slot === 'key') {
    const shape = containerShape(analysis, location.container);
    if (shape !== undefined) items.push(...keyItems(text, location, location.container as ObjectNode, shape));
  } else if (location.slot === 'value') {
    const shape = valueShape(analysis, location);
    if (shape !== undefined) items.push(...valueItems(location, shape));
    if (location.csvItem) {
      // `a=x,Fo|`: the AWS CLI reads a csv item until an `=` follows, but a new key is being typed.
      const root = analysis.parsed.ast;
      const rootShape = containerShape(analysis, root);
      if (rootShape !== undefined) items.push(...keyItems(text, { ...location, entry: undefined }, root, rootShape));
    }
  }
  return items;
}

/** The shape an object or list node met (a lone value for a list already stands for its element). */
function containerShape(analysis: Analysis, node: ValueNode): Shape | undefined {
  return analysis.walk?.binding(node)?.shape;
}

/** The shape expected at a value slot. */
function valueShape(analysis: Analysis, location: Location): Shape | undefined {
  const { container, entry } = location;
  if (container.type === 'list') {
    const listShape = analysis.walk?.binding(container)?.shape;
    return listShape?.kind === 'list' ? listShape.member : undefined;
  }
  if (entry === undefined) return undefined;
  return analysis.walk?.binding(entry)?.shape;
}

/** Member (or enum map key) proposals for the key slot of `container`. */
function keyItems(text: string, location: Location, container: ObjectNode, shape: Shape): CompletionItem[] {
  const editing = location.entry;
  // Replacing the key of a pair that already has its `=`: insert the name alone.
  const nameOnly = editing !== undefined && equalsEnd(text, editing) !== undefined;
  const range = { offset: location.replaceOffset, length: location.replaceLength };
  if (shape.kind === 'map') {
    const keys = shape.key.kind === 'string' ? (shape.key.enum ?? []) : [];
    const present = presentKeys(container, editing);
    return keys
      .filter((key) => !present.has(key))
      .map((key, index) => item(key, 'enum', `map key · ${typeLabel(shape.value)}`, undefined, `1${pad(index)}`, range, nameOnly ? [key] : pairParts(key, shape.value)));
  }
  if (shape.kind !== 'structure' && shape.kind !== 'union') return [];
  const present = presentKeys(container, editing);
  if (shape.kind === 'union' && present.size > 0) return [];
  const out: CompletionItem[] = [];
  let index = 0;
  for (const member of shape.members.values()) {
    index++;
    if (present.has(member.name)) continue;
    const required = shape.required.has(member.name);
    out.push(
      item(
        member.name,
        'member',
        memberDetail(shape, member),
        documentationOf(member.documentation, member.shape.documentation),
        `${required ? 0 : 1}${pad(index)}`,
        range,
        nameOnly ? [member.name] : pairParts(member.name, member.shape),
        !nameOnly && isContainer(member.shape),
      ),
    );
  }
  return out;
}

/** Proposals for a value slot of `shape`. */
function valueItems(location: Location, shape: Shape): CompletionItem[] {
  const range = { offset: location.replaceOffset, length: location.replaceLength };
  const out: CompletionItem[] = [];
  const scalarShape = shape.kind === 'list' && !isContainer(shape.member) ? shape.member : shape;
  if (scalarShape.kind === 'string' && scalarShape.enum !== undefined) {
    scalarShape.enum.forEach((value, index) => out.push(item(value, 'enum', typeLabel(scalarShape), undefined, `0${pad(index)}`, range, [value])));
  } else if (scalarShape.kind === 'boolean') {
    ['true', 'false'].forEach((value, index) => out.push(item(value, 'boolean', 'boolean', undefined, `0${pad(index)}`, range, [value])));
  }
  if (location.replaceLength === 0 || location.node === undefined) {
    const form = containerParts(shape);
    if (form !== undefined) {
      out.push(item(shape.kind === 'list' ? '[…]' : '{…}', 'value', typeLabel(shape), documentationOf(shape.documentation), '2', range, form, true));
    }
  }
  return out;
}

/** `Name={$1}`, `Name=[{$1}]`, `Name=${1|a,b|}`, `Name=$1`. */
function pairParts(name: string, shape: Shape): SnippetPart[] {
  const form = containerParts(shape);
  if (form !== undefined) return [`${name}=`, ...form];
  if (shape.kind === 'string' && shape.enum !== undefined && shape.enum.length > 0) return [`${name}=`, { tabstop: 1, choices: shape.enum }];
  if (shape.kind === 'boolean') return [`${name}=`, { tabstop: 1, choices: ['true', 'false'] }];
  return [`${name}=`, { tabstop: 1 }];
}

/** `{$1}` for structures and maps, `[$1]` for lists (`[{$1}]` for lists of structures). */
function containerParts(shape: Shape): SnippetPart[] | undefined {
  if (shape.kind === 'structure' || shape.kind === 'union' || shape.kind === 'map') return ['{', { tabstop: 1 }, '}'];
  if (shape.kind === 'list') {
    return isStructured(shape.member) ? ['[{', { tabstop: 1 }, '}]'] : ['[', { tabstop: 1 }, ']'];
  }
  return undefined;
}

function isStructured(shape: Shape): boolean {
  return shape.kind === 'structure' || shape.kind === 'union' || shape.kind === 'map';
}

function isContainer(shape: Shape): boolean {
  return isStructured(shape) || shape.kind === 'list';
}

/** `structure · required`. */
function memberDetail(parent: StructureShape, member: Member): string {
  return parent.required.has(member.name) ? `${typeLabel(member.shape)} · required` : typeLabel(member.shape);
}

/** Keys already set in `container`, except the one being edited. */
function presentKeys(container: ObjectNode, editing: KeyValueNode | undefined): Set<string> {
  return new Set(container.entries.filter((entry) => entry !== editing && entry.key.length > 0).map((entry) => entry.key.name));
}

function pad(index: number): string {
  return String(index).padStart(4, '0');
}

function item(
  label: string,
  kind: CompletionKind,
  detail: string | undefined,
  documentation: string | undefined,
  sortText: string,
  range: { offset: number; length: number },
  insert: SnippetPart[],
  retrigger = false,
): CompletionItem {
  const snippet = hasTabStop(insert);
  return {
    label,
    kind,
    ...(detail !== undefined ? { detail } : {}),
    ...(documentation !== undefined ? { documentation } : {}),
    sortText,
    edit: { ...range, newText: snippet ? renderSnippet(insert) : insert.join('') },
    snippet,
    insert,
    ...(retrigger ? { retrigger } : {}),
  };
}
