/**
 * Building blocks shared by the loaders: shapes are created on first use and their references
 * (members, list members, map keys and values) are resolved on first read, so recursive
 * models link without special cases and a large model costs little until it is walked.
 */
import type { Member, Operation, ServiceMetadata, ServiceModel, Shape, Waiter } from '../shape.js';
import { ModelError } from './errors.js';

/**
 * Define `key` on `target` as an enumerable getter that calls `resolve` once and keeps the
 * answer. The getter caches in a closure (not by redefining itself) so that copies made with
 * property descriptors stay lazy and correct.
 */
export function defineLazy<T extends object, K extends string>(target: T, key: K, resolve: () => unknown): void {
  let resolved = false;
  let value: unknown;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!resolved) {
        value = resolve();
        resolved = true;
      }
      return value;
    },
  });
}

/** Extra member facts a source may carry. */
export interface MemberFacts {
  readonly documentation?: string | undefined;
  readonly idempotencyToken?: boolean | undefined;
}

/** A member whose `shape` is resolved on first read. */
export function lazyMember(name: string, resolve: () => Shape, facts: MemberFacts = {}): Member {
  const member: { name: string; documentation?: string; idempotencyToken?: boolean } = { name };
  if (facts.documentation !== undefined) member.documentation = facts.documentation;
  if (facts.idempotencyToken === true) member.idempotencyToken = true;
  defineLazy(member, 'shape', resolve);
  return member as Member;
}

/**
 * A table of shapes built on demand from a source's definitions. `build` creates one shape;
 * it must not read other shapes eagerly (use `defineLazy`/`lazyMember` for references).
 */
export class ShapeTable {
  private readonly built = new Map<string, Shape>();

  /**
   * A table over `names` whose shapes `build` creates; `canonical` maps every accepted
   * spelling of a name to one key, so each shape is built once.
   */
  constructor(
    private readonly names: () => Iterable<string>,
    private readonly has: (key: string) => boolean,
    private readonly build: (key: string) => Shape,
    private readonly canonical: (name: string) => string = (name) => name,
  ) {}

  /** The shape called `name`, or `undefined`. */
  get(spelling: string): Shape | undefined {
    const name = this.canonical(spelling);
    const known = this.built.get(name);
    if (known !== undefined) return known;
    if (!this.has(name)) return undefined;
    const shape = this.build(name);
    this.built.set(name, shape);
    return shape;
  }

  /** The shape called `name`; a model that names a missing shape is broken. */
  require(name: string, referrer: string): Shape {
    const shape = this.get(name);
    if (shape === undefined) {
      throw new ModelError('UNRESOLVED_SHAPE', `Shape ${referrer} refers to undefined shape ${name}`, name);
    }
    return shape;
  }

  /** Names of every shape the source defines. */
  shapeNames(): Iterable<string> {
    return this.names();
  }
}

/** A `ServiceModel` over a shape table, with operations built on first access. */
export class LazyServiceModel implements ServiceModel {
  private operationMap: ReadonlyMap<string, Operation> | undefined;
  readonly waiters?: ReadonlyMap<string, Waiter>;

  /** Wrap `table` with `metadata`, an operation builder and the service's waiters. */
  constructor(
    readonly metadata: ServiceMetadata,
    private readonly table: ShapeTable,
    private readonly buildOperations: () => ReadonlyMap<string, Operation>,
    waiters?: ReadonlyMap<string, Waiter>,
  ) {
    if (waiters !== undefined) this.waiters = waiters;
  }

  /** Operations by model name (`CreateAutoMLJob`), in model order. */
  get operations(): ReadonlyMap<string, Operation> {
    this.operationMap ??= this.buildOperations();
    return this.operationMap;
  }

  /** The shape called `name`, or `undefined`. */
  shape(name: string): Shape | undefined {
    return this.table.get(name);
  }

  /** Names of all shapes. */
  shapeNames(): Iterable<string> {
    return this.table.shapeNames();
  }
}

/** Copy `source` keeping only its defined values (optional fields stay absent, not `undefined`). */
export function definedOnly<T extends object>(source: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}
