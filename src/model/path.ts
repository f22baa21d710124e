/**
 * Member paths: where a value sits inside a request, as segments, printed the way botocore
 * names parameters in its messages (`InputDataConfig[0].DataSource.S3DataSource.S3Uri`).
 */

/** One step from a value to a value inside it. */
export type PathSegment =
  /** A structure member, `.Name`. */
  | { readonly kind: 'member'; readonly name: string }
  /** A list element, `[0]`. */
  | { readonly kind: 'index'; readonly index: number }
  /** A map value, `.key`. */
  | { readonly kind: 'mapValue'; readonly key: string }
  /** A map key itself, ` (key: key)`: botocore checks keys against the map's key shape. */
  | { readonly kind: 'mapKey'; readonly key: string };

/** A path from the root value; the empty path is the root. */
export type ModelPath = readonly PathSegment[];

/** A member segment. */
export function member(name: string): PathSegment {
  return { kind: 'member', name };
}

/** A list index segment. */
export function index(position: number): PathSegment {
  return { kind: 'index', index: position };
}

/** A map value segment. */
export function mapValue(key: string): PathSegment {
  return { kind: 'mapValue', key };
}

/** A map key segment. */
export function mapKey(key: string): PathSegment {
  return { kind: 'mapKey', key };
}

/**
 * The name botocore builds for a path while validating: the root is `''`, then `.Member`,
 * `[0]`, `.key` and ` (key: key)` are appended.
 * @example botocorePath([member('A'), index(0)]) // '.A[0]'
 */
export function botocorePath(path: ModelPath): string {
  let out = '';
  for (const segment of path) {
    switch (segment.kind) {
      case 'member':
        out += `.${segment.name}`;
        break;
      case 'index':
        out += `[${segment.index}]`;
        break;
      case 'mapValue':
        out += `.${segment.key}`;
        break;
      case 'mapKey':
        out += ` (key: ${segment.key})`;
        break;
    }
  }
  return out;
}

/**
 * A path as botocore prints it: one leading `.` dropped; the root prints as `''` here (botocore
 * says `input` in a message, see `messageName`).
 * @example formatPath([member('InputDataConfig'), index(0), member('DataSource')]) // 'InputDataConfig[0].DataSource'
 */
export function formatPath(path: ModelPath): string {
  const raw = botocorePath(path);
  return raw.startsWith('.') ? raw.slice(1) : raw;
}

/** The parameter name botocore puts in a message for a raw path: `input` for the root. */
export function messageName(raw: string): string {
  if (raw === '') return 'input';
  return raw.startsWith('.') ? raw.slice(1) : raw;
}

/**
 * A stable string key for a path, unambiguous whatever the keys contain: each segment is its
 * kind's letter, then `index;` or a length-prefixed name (`m4:Name`), so a key reads back one
 * way only. Plain concatenation: the model walk asks for one per node (it was ~15% of `diagnose`
 * on a 10 KB value as JSON.stringify of an array per path).
 */
export function pathKey(path: ModelPath): string {
  let key = '';
  for (const segment of path) {
    switch (segment.kind) {
      case 'member':
        key += `m${segment.name.length}:${segment.name}`;
        break;
      case 'index':
        key += `i${segment.index};`;
        break;
      case 'mapValue':
        key += `v${segment.key.length}:${segment.key}`;
        break;
      case 'mapKey':
        key += `k${segment.key.length}:${segment.key}`;
        break;
    }
  }
  return key;
}
