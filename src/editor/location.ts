/**
 * `getLocation`: where in the (possibly broken) tree an offset stands, which is what completion
 * and hover need. Works on the partial tree `parseDocument` recovers, so unfinished text such as
 * `DataSource={S3DataSource={S3Dat` still yields a path.
 */
import { endOf, parseDocument } from '../grammar/index.js';
import type { KeyNode, KeyValueNode, ListNode, ObjectNode, ParsedDocument, SyntaxNode, ValueNode } from '../grammar/index.js';
import { equalsEnd, isBracketed, isClosed, previousNonBlank } from './tree.js';
import type { PathSegment } from './tree.js';

/** What the cursor is on. */
export type Slot =
  /** A key (possibly empty, about to be typed). */
  | 'key'
  /** A value (possibly empty, about to be typed). */
  | 'value'
  /** Somewhere nothing can be typed without a separator first (after a value, inside a quote's tail…). */
  | 'none';

/** Where an offset stands in a shorthand document. */
export interface Location {
  /**
   * Member path of the slot: for a key, the container's path plus the key's name (`''` when
   * none is typed yet); for a value, the path of that value (list items by index).
   */
  readonly path: readonly PathSegment[];
  /** True when the cursor is on a key or where a key may be typed. */
  readonly isAtKey: boolean;
  readonly slot: Slot;
  /** The closest node ending at or before the offset. */
  readonly previousNode: SyntaxNode | undefined;
  /** The innermost object or list holding the slot. */
  readonly container: ObjectNode | ListNode;
  /** The pair whose key or value holds the cursor, when there is one. */
  readonly entry: KeyValueNode | undefined;
  /** The key or scalar under the cursor, when there is one. */
  readonly node: KeyNode | ValueNode | undefined;
  /** The range a completion replaces: the key or scalar under the cursor, else empty at the offset. */
  readonly replaceOffset: number;
  readonly replaceLength: number;
  /**
   * True for a later item of a top-level csv list (`a=x,Fo|`): until an `=` follows, the AWS CLI
   * reads a new key being typed as another list item, so completion offers keys here too.
   */
  readonly csvItem: boolean;
}

/**
 * The location of `offset` in `text` (parsed with `parseDocument` unless `parsed` is given).
 * @example getLocation('a={b=', 5).path // ['a', 'b']
 */
export function getLocation(text: string, offset: number, parsed?: ParsedDocument): Location {
  const ast = (parsed ?? parseDocument(text)).ast;
  return new Locator(text, offset).inObject(ast, []);
}

class Locator {
  private previous: SyntaxNode | undefined;

  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  inObject(node: ObjectNode, path: readonly PathSegment[]): Location {
    const o = this.offset;
    for (const entry of node.entries) {
      if (entry.offset > o) break;
      this.note(entry.key);
      const { key } = entry;
      if (o >= key.offset && o <= endOf(key) && (key.length > 0 || entry.value === undefined || o < entry.value.offset)) {
        // A zero-width key stands where a key was missing (`{,` or `{=x`): the cursor types one.
        return this.make('key', [...path, key.name], node, entry, key.length > 0 ? key : undefined, key.offset, key.length);
      }
      const valueFrom = equalsEnd(this.text, entry);
      if (valueFrom === undefined || o < valueFrom) continue;
      const value = entry.value;
      if (value === undefined) {
        if (this.isGapEnd(node, entry, o)) return this.make('value', [...path, key.name], node, entry, undefined, o, 0);
        continue;
      }
      const inValue = this.inValue(value, [...path, key.name], node, entry, false);
      if (inValue !== undefined) return inValue;
      if (o < value.offset && o >= valueFrom) return this.make('value', [...path, key.name], node, entry, undefined, o, 0);
    }
    const before = previousNonBlank(this.text, o, node.offset);
    if (before === (node.braced ? 0x7b : -1) || before === 0x2c) {
      return this.make('key', [...path, ''], node, undefined, undefined, o, 0);
    }
    return this.make('none', path, node, undefined, undefined, o, 0);
  }

  private inList(node: ListNode, path: readonly PathSegment[], entry: KeyValueNode | undefined, csv: boolean): Location {
    const o = this.offset;
    let index = 0;
    for (const item of node.items) {
      if (item.offset > o) break;
      const found = this.inValue(item, [...path, index], node, entry, csv && index > 0);
      if (found !== undefined) return found;
      index++;
    }
    const before = previousNonBlank(this.text, o, node.offset);
    if (before === 0x5b || before === 0x2c) return this.make('value', [...path, index], node, entry, undefined, o, 0);
    return this.make('none', path, node, entry, undefined, o, 0);
  }

  /** The location inside `value` (a pair's value or a list item), or undefined when `o` is outside it. */
  private inValue(
    value: ValueNode,
    path: readonly PathSegment[],
    container: ObjectNode | ListNode,
    entry: KeyValueNode | undefined,
    csvItem: boolean,
  ): Location | undefined {
    const o = this.offset;
    if (value.type === 'scalar') {
      if (o < value.offset || o > endOf(value)) {
        if (endOf(value) <= o) this.note(value);
        return undefined;
      }
      // Inside a quoted scalar's closing quote nothing more can be typed.
      if (value.quote !== 'none' && o === endOf(value) && value.length >= 2) {
        this.note(value);
        return this.make('none', path, container, entry, value, o, 0);
      }
      // `{b=}` reads `}` as the value (the AWS CLI's start-of-value class admits it): typing
      // there must not replace the bracket.
      const closer = value.quote === 'none' && /^[\]}]/.test(value.raw) && isBracketed(container);
      if (closer && o > value.offset) return this.make('none', path, container, entry, value, o, 0);
      const location = this.make('value', path, container, entry, closer ? undefined : value, value.offset, closer ? 0 : value.length);
      return csvItem ? { ...location, csvItem: true } : location;
    }
    if (value.type === 'list' && !value.bracketed) {
      if (o < value.offset || o > endOf(value)) {
        if (endOf(value) <= o) this.note(value);
        return undefined;
      }
      return this.inList(value, path, entry, true);
    }
    const closed = isClosed(value);
    if (o <= value.offset || (closed && o >= endOf(value))) {
      if (closed && endOf(value) <= o) this.note(value);
      return undefined;
    }
    if (!closed && o > endOf(value) && !this.onlyBlanksOrSeparators(endOf(value), o)) return undefined;
    return value.type === 'object' ? this.inObject(value, path) : this.inList(value, path, entry, false);
  }

  /** For an unclosed container: whether text between its end and the cursor still belongs to it. */
  private onlyBlanksOrSeparators(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const code = this.text.charCodeAt(i);
      if (!(code === 0x20 || code === 0x2c || (code >= 0x09 && code <= 0x0d))) return false;
    }
    return true;
  }

  /** `key=|` with nothing after: the empty value at the end of a pair. */
  private isGapEnd(node: ObjectNode, entry: KeyValueNode, o: number): boolean {
    const next = node.entries[node.entries.indexOf(entry) + 1];
    return next === undefined ? true : o < next.offset;
  }

  private note(node: SyntaxNode): void {
    if (endOf(node) <= this.offset && (this.previous === undefined || endOf(node) >= endOf(this.previous))) this.previous = node;
  }

  private make(
    slot: Slot,
    path: readonly PathSegment[],
    container: ObjectNode | ListNode,
    entry: KeyValueNode | undefined,
    node: KeyNode | ValueNode | undefined,
    replaceOffset: number,
    replaceLength: number,
  ): Location {
    return {
      path,
      isAtKey: slot === 'key',
      slot,
      previousNode: this.previous,
      container,
      entry,
      node,
      replaceOffset,
      replaceLength,
      csvItem: false,
    };
  }
}
