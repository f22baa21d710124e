/**
 * `--generate-cli-skeleton yaml-input` (AWS CLI v2): the input skeleton as a YAML tree with the
 * comments v2 writes after each structure member: `[REQUIRED]` for a required member, the first
 * sentence of its documentation, and its enum values. Placeholders are those of the JSON input
 * skeleton (`skeleton.ts`), except that a blob is an empty `!!binary` and a timestamp a YAML
 * timestamp.
 *
 * v2 builds the tree with ruamel.yaml's round-trip maps, whose end-of-line comments take their
 * column from a neighbouring comment: a comment with none to align to is preceded by two
 * spaces, the others by one. `commentGap` records that.
 */
import type { Shape, StructureShape } from '../model/shape.js';

/** A node of the YAML skeleton, in the order it is printed. */
export type YamlSkeletonNode =
  | { readonly kind: 'mapping'; readonly entries: readonly YamlSkeletonEntry[] }
  | { readonly kind: 'sequence'; readonly items: readonly YamlSkeletonNode[] }
  | { readonly kind: 'scalar'; readonly type: 'str' | 'int' | 'float' | 'bool' | 'timestamp' | 'binary'; readonly text: string };

/** One key of a mapping, with the comment printed at the end of its line. */
export interface YamlSkeletonEntry {
  readonly key: string;
  readonly value: YamlSkeletonNode;
  /** The comment text after `# `, when the member has one. */
  readonly comment?: string;
  /** The spaces before `#`. */
  readonly commentGap?: '  ' | ' ';
}

/**
 * The YAML input skeleton of an operation's input shape (an empty mapping when it has none).
 * @example yamlInputSkeleton(op.input).entries[0] // { key: 'AutoMLJobName', value: str '', comment: '[REQUIRED] Identifies an Autopilot job.', commentGap: '  ' }
 */
export function yamlInputSkeleton(shape: StructureShape | undefined): YamlSkeletonNode & { kind: 'mapping' } {
  if (shape === undefined) return { kind: 'mapping', entries: [] };
  return generate(shape, []) as YamlSkeletonNode & { kind: 'mapping' };
}

function generate(shape: Shape, stack: string[]): YamlSkeletonNode {
  stack.push(shape.name);
  try {
    switch (shape.kind) {
      case 'structure':
      case 'union': {
        // A structure met again inside itself is an empty mapping.
        if (stack.filter((entry) => entry === shape.name).length > 1) return { kind: 'mapping', entries: [] };
        const entries: YamlSkeletonEntry[] = [];
        const commented = new Set<string>();
        for (const [name, member] of shape.members) {
          const value = generate(member.shape, stack);
          const parts: string[] = [];
          if (shape.kind === 'structure' && shape.required.has(name)) parts.push('[REQUIRED]');
          parts.push(docOverview(member.documentation ?? member.shape.documentation));
          const values = member.shape.kind === 'string' ? member.shape.enum : undefined;
          if (values !== undefined && values.length > 0) parts.push(`Valid values are: ${values.join(', ')}.`);
          const comment = parts.join(' ');
          if (comment.trim() === '') {
            entries.push({ key: name, value });
            continue;
          }
          const gap = alignsWithEarlierComment(entries.map((entry) => entry.key), commented, name) ? ' ' : '  ';
          entries.push({ key: name, value, comment, commentGap: gap });
          commented.add(name);
        }
        return { kind: 'mapping', entries };
      }
      case 'document':
        return { kind: 'mapping', entries: [] };
      case 'list':
        return { kind: 'sequence', items: [generate(shape.member, stack)] };
      case 'map':
        return { kind: 'mapping', entries: [{ key: 'KeyName', value: generate(shape.value, stack) }] };
      case 'string':
        return { kind: 'scalar', type: 'str', text: shape.enum?.[0] ?? '' };
      case 'integer':
      case 'long':
        return { kind: 'scalar', type: 'int', text: '0' };
      case 'float':
      case 'double':
        return { kind: 'scalar', type: 'float', text: '0.0' };
      case 'boolean':
        return { kind: 'scalar', type: 'bool', text: 'true' };
      case 'timestamp':
        return { kind: 'scalar', type: 'timestamp', text: '1970-01-01 00:00:00' };
      case 'blob':
        return { kind: 'scalar', type: 'binary', text: '' };
    }
  } finally {
    stack.pop();
  }
}

/**
 * Whether ruamel.yaml finds a comment to align a new one with: on the previous key, else on a
 * key met (in insertion order) before the first one that sorts at or after the new key.
 */
function alignsWithEarlierComment(keys: readonly string[], commented: ReadonlySet<string>, key: string): boolean {
  const previous = keys[keys.length - 1];
  if (previous !== undefined && commented.has(previous)) return true;
  let found = false;
  for (const earlier of [...keys, key]) {
    if (earlier >= key) break;
    if (commented.has(earlier)) found = true;
  }
  return found;
}

/**
 * The AWS CLI's overview of a member's documentation: the text without its XML markup (left as
 * it is when it is not well-formed), up to the first `.` or `:`, that delimiter as a `.`, line
 * breaks as spaces.
 * @example docOverview('<p>Identifies an Autopilot job. More.</p>') // 'Identifies an Autopilot job.'
 */
export function docOverview(documentation: string | undefined): string {
  const text = xmlText(documentation ?? '') ?? documentation ?? '';
  const delimiter = /[.:]+/.exec(text);
  let first = delimiter === null ? text : text.slice(0, delimiter.index);
  if (first !== '') first += '.';
  return first.replaceAll('\n', ' ').replaceAll('\u2028', ' ');
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text nodes of `<doc>…</doc>` joined, as Python's minidom reads it; undefined when the
 * markup is not well-formed XML (unbalanced tags, an unknown entity, a bare `&` or `<`).
 */
function xmlText(documentation: string): string | undefined {
  const out: string[] = [];
  const open: string[] = [];
  const source = documentation;
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end === -1) return undefined;
        i = end + 3;
        continue;
      }
      if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i + 9);
        if (end === -1) return undefined;
        out.push(source.slice(i + 9, end));
        i = end + 3;
        continue;
      }
      const tag = /^<(\/?)([A-Za-z_:][-A-Za-z0-9_.:]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_.:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (tag === null) return undefined;
      const [whole, closing, name, , selfClosing] = tag;
      if (closing === '/') {
        if (selfClosing === '/' || open.pop() !== name) return undefined;
      } else if (selfClosing !== '/') {
        open.push(name as string);
      }
      i += whole.length;
      continue;
    }
    if (ch === '&') {
      const entity = /^&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);/.exec(source.slice(i));
      if (entity === null) return undefined;
      const name = entity[1] as string;
      if (name.startsWith('#')) {
        const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        if (code > 0x10ffff) return undefined;
        out.push(String.fromCodePoint(code));
      } else {
        const replacement = ENTITIES[name];
        if (replacement === undefined) return undefined;
        out.push(replacement);
      }
      i += entity[0].length;
      continue;
    }
    out.push(ch);
    i += 1;
  }
  return open.length === 0 ? out.join('') : undefined;
}
