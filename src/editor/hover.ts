/**
 * `hover`: what the key or value under the cursor is — member path, type, whether it is
 * required, constraints, enum values, and the model's documentation when it has any.
 */
import type { KeyNode, KeyValueNode, ObjectNode, SyntaxNode, ValueNode } from '../grammar/index.js';
import { endOf } from '../grammar/index.js';
import type { Member, Shape } from '../model/index.js';
import type { NodeBinding } from '../model/walk.js';
import { analyseTree } from './analysis.js';
import type { Analysis } from './analysis.js';
import { constraints, documentationOf, typeLabel } from './shape-info.js';
import type { HoverInfo } from './types.js';

/**
 * Hover for the node at `offset` in `text`, a value of `shape`; undefined where the model says
 * nothing (outside any node, an unknown key).
 * @example hover('DataSource={S3DataSource={S3DataType=S3Prefix}}', channel, 30)?.contents
 */
export function hover(text: string, shape: Shape | undefined, offset: number): HoverInfo | undefined {
  return hoverAnalysis(analyseTree(text, shape), offset);
}

/** `hover` for an analysis already made. */
export function hoverAnalysis(analysis: Analysis, offset: number): HoverInfo | undefined {
  const { walk } = analysis;
  if (walk === undefined) return undefined;
  const found = nodeAt(analysis.parsed.ast, offset);
  if (found === undefined) return undefined;
  const binding = walk.binding(found.node);
  if (binding?.shape === undefined) return undefined;
  const parentShape = found.parent === undefined ? undefined : walk.binding(found.parent)?.shape;
  // A value's member is its pair's.
  const member = binding.member ?? (found.entry === undefined ? undefined : walk.binding(found.entry)?.member);
  const required = member !== undefined && (parentShape?.kind === 'structure' || parentShape?.kind === 'union') && parentShape.required.has(member.name);
  return {
    contents: describe(binding, binding.shape, found.node, required, member),
    offset: found.node.offset,
    length: found.node.length,
  };
}

/** Markdown describing a bound node. */
function describe(binding: NodeBinding, shape: Shape, node: KeyNode | ValueNode, required: boolean, member: Member | undefined): string {
  const head = [`**${binding.pathText || '(value)'}**`, `\`${typeLabel(binding.promotedFrom ?? shape)}\``];
  if (binding.keyKind === 'mapKey' && binding.role === 'key') head.push('map key');
  if (required) head.push('required');
  const lines = [head.join(' · ')];
  const facts: string[] = [];
  if (shape.name !== '' && shape.name !== shape.kind) facts.push(`Shape: \`${shape.name}\``);
  const limits = [...(binding.promotedFrom ? constraints(binding.promotedFrom) : []), ...constraints(shape)];
  if (limits.length > 0) facts.push(`Constraints: ${limits.join(', ')}`);
  const enumShape = shape.kind === 'list' ? shape.member : shape;
  if (enumShape.kind === 'string' && enumShape.enum !== undefined && enumShape.enum.length > 0) {
    const current = node.type === 'scalar' ? node.value : undefined;
    facts.push(`Values: ${enumShape.enum.map((value) => (value === current ? `**\`${value}\`**` : `\`${value}\``)).join(' | ')}`);
  }
  if (binding.promotedFrom) facts.push('A lone value where a list is expected: the AWS CLI sends it as a one-element list.');
  if (member?.idempotencyToken) facts.push('Filled in by the service when absent (idempotency token).');
  if (facts.length > 0) lines.push(facts.join('  \n'));
  const docs = documentationOf(member?.documentation, shape.documentation);
  if (docs !== undefined) lines.push(docs);
  return lines.join('\n\n');
}

/** A node under the cursor with the object that holds it (for a key or a pair's value). */
export interface NodeAtOffset {
  readonly node: KeyNode | ValueNode;
  /** The object whose pair holds `node`; undefined for list items and the root. */
  readonly parent: ObjectNode | undefined;
  /** The pair whose value `node` is. */
  readonly entry?: KeyValueNode;
}

/** The deepest key or value at `offset` (a key or scalar also at its end offset). */
export function nodeAt(ast: ObjectNode, offset: number): NodeAtOffset | undefined {
  let found: NodeAtOffset | undefined;
  const within = (node: SyntaxNode, inclusiveEnd: boolean): boolean =>
    offset >= node.offset && (offset < endOf(node) || (inclusiveEnd && offset === endOf(node)));
  const visit = (node: ValueNode, parent: ObjectNode | undefined, entry: KeyValueNode | undefined): void => {
    const here = entry === undefined ? { node, parent } : { node, parent, entry };
    if (node.type === 'scalar') {
      if (within(node, true) && node.length > 0) found = here;
      return;
    }
    const bracketed = node.type === 'object' ? node.braced : node.bracketed;
    if (!within(node, !bracketed) && node !== ast) return;
    if (bracketed) found = here;
    if (node.type === 'object') {
      for (const entry of node.entries) {
        if (within(entry.key, true) && entry.key.length > 0) {
          found = { node: entry.key, parent: node };
          return;
        }
        if (entry.value !== undefined) visit(entry.value, node, entry);
      }
    } else {
      for (const item of node.items) visit(item, undefined, undefined);
    }
  };
  visit(ast, undefined, undefined);
  return found;
}
