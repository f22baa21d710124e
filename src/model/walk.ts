/**
 * The model walk: one pass over a shorthand syntax tree and a shape that records, for every
 * node, the shape it meets and its member path, following the AWS CLI's rules (a non-list
 * value where a list is modelled is element `[0]` of a one-element list; nothing inside such a
 * promoted value is promoted again). Coercion and validation report their issues by path and
 * find the source range here; hover, completion and diagnostics read the same bindings.
 *
 * It works on partial trees from `parseDocument`: a pair without a value binds only its key,
 * and nodes below an unknown key or a mismatched value are bound with no shape.
 */
import type { KeyNode, KeyValueNode, ObjectNode, SyntaxNode, ValueNode } from '../grammar/ast.js';
import { endOf } from '../grammar/ast.js';
import type { SourceRange } from './errors.js';
import { formatPath, index, mapKey, mapValue, member, pathKey } from './path.js';
import type { ModelPath } from './path.js';
import type { ListShape, Member, Shape } from './shape.js';

/**
 * A binding as the walk stores it: every node is bound but few are ever shown, so the text of
 * its path is made only when asked for (it was ~15% of `diagnose` on a 10 KB value).
 */
class StoredBinding implements NodeBinding {
  readonly node: SyntaxNode;
  readonly shape: Shape | undefined;
  readonly path: ModelPath;
  readonly role: NodeBinding['role'];
  readonly word: number;
  readonly member?: Member;
  readonly keyKind?: 'member' | 'mapKey';
  readonly promotedFrom?: ListShape;

  /** `binding` for `node`. */
  constructor(node: SyntaxNode, binding: Omit<NodeBinding, 'node' | 'pathText'>) {
    this.node = node;
    this.shape = binding.shape;
    this.path = binding.path;
    this.role = binding.role;
    this.word = binding.word;
    if (binding.member !== undefined) this.member = binding.member;
    if (binding.keyKind !== undefined) this.keyKind = binding.keyKind;
    if (binding.promotedFrom !== undefined) this.promotedFrom = binding.promotedFrom;
  }

  /** `path` as botocore prints it. */
  get pathText(): string {
    return formatPath(this.path);
  }
}

/** What the walk learned about one node. */
export interface NodeBinding {
  readonly node: SyntaxNode;
  /**
   * The shape the node's value is checked against: a structure member's shape, a list's
   * member, a map's key or value shape. `undefined` for unknown keys and below values that do
   * not fit their shape (a scalar where a structure is modelled, say).
   */
  readonly shape: Shape | undefined;
  /** The node's member path; a key has the path of its value, a map key a `mapKey` segment. */
  readonly path: ModelPath;
  /** `path` as botocore prints it. */
  readonly pathText: string;
  /** `value` for values, `key` for keys, `entry` for a whole `key=value` pair. */
  readonly role: 'value' | 'key' | 'entry';
  /** For keys and entries of a structure: the member, `undefined` when the key is unknown. */
  readonly member?: Member;
  /** For keys and entries: whether the key names a structure member or a map key. */
  readonly keyKind?: 'member' | 'mapKey';
  /** Set when a non-list value met this list shape: the node stands for element `[0]`. */
  readonly promotedFrom?: ListShape;
  /** The word the node is in, for input given as several words. */
  readonly word: number;
}

/** The source nodes at one path: the value and, for an object entry, its key. */
interface PathNodes {
  value?: ValueNode;
  key?: KeyNode;
  word: number;
}

/** The walk's result: bindings by node and lookups by path and by offset. */
export class ShapeWalk {
  private readonly byNode = new Map<SyntaxNode, NodeBinding>();
  private readonly byPath = new Map<string, PathNodes>();

  /**
   * Walk `roots` against `shape`. One root is one shorthand argument checked against `shape`;
   * several roots are the words of a list argument (`--tags Key=a Key=b`): `shape` must then be
   * a list and word `i` is element `[i]`.
   */
  constructor(
    readonly roots: readonly ObjectNode[],
    readonly shape: Shape,
    readonly words = false,
  ) {
    if (!words) {
      const root = roots[0];
      if (root !== undefined) this.visit(root, shape, [], 0, true);
      return;
    }
    const element = shape.kind === 'list' ? shape.member : undefined;
    roots.forEach((root, word) => this.visit(root, element, [index(word)], word, true));
  }

  /** The binding of `node`, when the walk reached it. */
  binding(node: SyntaxNode): NodeBinding | undefined {
    return this.byNode.get(node);
  }

  /** Every binding, in tree order. */
  bindings(): IterableIterator<NodeBinding> {
    return this.byNode.values();
  }

  /** The value node at `path` (a promoted value answers for its list and for `[0]`). */
  valueNodeAt(path: ModelPath): ValueNode | undefined {
    return this.byPath.get(pathKey(path))?.value;
  }

  /** The key node written for the last segment of `path` (a member name or a map key). */
  keyNodeAt(path: ModelPath): KeyNode | undefined {
    return this.byPath.get(pathKey(path))?.key;
  }

  /**
   * The source range for something at `path`: its key node when `key` is set and one exists,
   * else its value node, else the nearest ancestor found.
   */
  rangeAt(path: ModelPath, key = false): SourceRange | undefined {
    for (let length = path.length; length >= 0; length -= 1) {
      const nodes = this.byPath.get(pathKey(path.slice(0, length)));
      if (nodes === undefined) continue;
      const node = (key && length === path.length ? nodes.key : undefined) ?? nodes.value ?? nodes.key;
      if (node !== undefined) return rangeOf(node, this.words ? nodes.word : undefined);
    }
    return undefined;
  }

  /**
   * The innermost bound node whose range holds `offset` (end inclusive, so a cursor just
   * after a token finds it), in word `word`.
   */
  nodeAt(offset: number, word = 0): NodeBinding | undefined {
    const root = this.roots[word];
    if (root === undefined) return undefined;
    let found: NodeBinding | undefined;
    const search = (node: SyntaxNode): void => {
      if (offset < node.offset || offset > endOf(node)) return;
      const binding = this.byNode.get(node);
      if (binding !== undefined) found = binding;
      for (const child of childrenOf(node)) {
        if (offset >= child.offset && offset <= endOf(child)) {
          search(child);
          return;
        }
      }
    };
    search(root);
    return found;
  }

  private bind(node: SyntaxNode, binding: Omit<NodeBinding, 'node' | 'pathText'>): void {
    this.byNode.set(node, new StoredBinding(node, binding));
  }

  private remember(path: ModelPath, word: number, nodes: { value?: ValueNode; key?: KeyNode }): void {
    const key = pathKey(path);
    const known = this.byPath.get(key) ?? { word };
    if (nodes.value !== undefined) known.value = nodes.value;
    if (nodes.key !== undefined) known.key = nodes.key;
    this.byPath.set(key, known);
  }

  /**
   * Bind `node` met at `shape`. `coerced` is false inside a promoted value, where the AWS CLI
   * stops converting and so never promotes again.
   */
  private visit(node: ValueNode, shape: Shape | undefined, path: ModelPath, word: number, coerced: boolean): void {
    this.bind(node, { shape, path, role: 'value', word });
    this.remember(path, word, { value: node });
    if (shape === undefined) return this.visitUnbound(node, path, word);
    switch (shape.kind) {
      case 'structure':
      case 'union':
        if (node.type !== 'object') return this.visitUnbound(node, path, word);
        for (const entry of node.entries) {
          const memberDef = shape.members.get(entry.key.name);
          const childPath = [...path, member(entry.key.name)];
          this.visitEntry(entry, memberDef?.shape, childPath, word, coerced, { keyKind: 'member', member: memberDef });
        }
        return;
      case 'map':
        if (node.type !== 'object') return this.visitUnbound(node, path, word);
        for (const entry of node.entries) {
          const keyPath = [...path, mapKey(entry.key.name)];
          this.bind(entry.key, { shape: shape.key, path: keyPath, role: 'key', keyKind: 'mapKey', word });
          this.remember(keyPath, word, { key: entry.key });
          this.visitEntry(entry, shape.value, [...path, mapValue(entry.key.name)], word, coerced, { keyKind: 'mapKey' });
        }
        return;
      case 'list':
        if (node.type !== 'list') return this.visitUnbound(node, path, word);
        node.items.forEach((item, i) => this.visitChild(item, shape.member, [...path, index(i)], word, coerced));
        return;
      default:
        return this.visitUnbound(node, path, word);
    }
  }

  private visitEntry(
    entry: KeyValueNode,
    shape: Shape | undefined,
    path: ModelPath,
    word: number,
    coerced: boolean,
    facts: { keyKind: 'member' | 'mapKey'; member?: Member | undefined },
  ): void {
    const extra = facts.member === undefined ? { keyKind: facts.keyKind } : { keyKind: facts.keyKind, member: facts.member };
    this.bind(entry, { shape, path, role: 'entry', word, ...extra });
    if (facts.keyKind === 'member') {
      this.bind(entry.key, { shape, path, role: 'key', word, ...extra });
      this.remember(path, word, { key: entry.key });
    }
    if (entry.value !== undefined) this.visitChild(entry.value, shape, path, word, coerced);
  }

  /** A value inside a container, promoted like the AWS CLI promotes it. */
  private visitChild(node: ValueNode, shape: Shape | undefined, path: ModelPath, word: number, coerced: boolean): void {
    if (coerced && shape?.kind === 'list' && node.type !== 'list') {
      // The node stands for the list at `path` and for its element `[0]`.
      this.remember(path, word, { value: node });
      const elementPath = [...path, index(0)];
      this.visit(node, shape.member, elementPath, word, false);
      const binding = this.byNode.get(node);
      if (binding !== undefined) this.byNode.set(node, new StoredBinding(node, { ...binding, promotedFrom: shape }));
      return;
    }
    this.visit(node, shape, path, word, coerced);
  }

  /** Bind everything below `node` with no shape, keeping paths. */
  private visitUnbound(node: ValueNode, path: ModelPath, word: number): void {
    if (node.type === 'object') {
      for (const entry of node.entries) {
        const childPath = [...path, member(entry.key.name)];
        this.bind(entry, { shape: undefined, path: childPath, role: 'entry', word });
        this.bind(entry.key, { shape: undefined, path: childPath, role: 'key', word });
        this.remember(childPath, word, { key: entry.key });
        if (entry.value !== undefined) this.visit(entry.value, undefined, childPath, word, false);
      }
    } else if (node.type === 'list') {
      node.items.forEach((item, i) => this.visit(item, undefined, [...path, index(i)], word, false));
    }
  }
}

/**
 * Walk a parsed shorthand argument against `shape`.
 * @example walkShapes(parseDocument('MaxCandidates=5').ast, shape).nodeAt(14)?.pathText // 'MaxCandidates'
 */
export function walkShapes(root: ObjectNode, shape: Shape): ShapeWalk {
  return new ShapeWalk([root], shape);
}

/** Walk the words of a list argument (`--tags Key=a,Value=b Key=c`) against the list `shape`. */
export function walkWords(roots: readonly ObjectNode[], shape: Shape): ShapeWalk {
  return new ShapeWalk(roots, shape, true);
}

function rangeOf(node: SyntaxNode, word: number | undefined): SourceRange {
  const range = { offset: node.offset, length: node.length };
  return word === undefined ? range : { ...range, word };
}

function childrenOf(node: SyntaxNode): readonly SyntaxNode[] {
  switch (node.type) {
    case 'object':
      return node.entries;
    case 'keyValue':
      return node.value === undefined ? [node.key] : [node.key, node.value];
    case 'list':
      return node.items;
    default:
      return [];
  }
}
