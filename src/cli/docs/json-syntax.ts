/**
 * The "JSON Syntax" example that `aws <service> <operation> help` prints under an option,
 * reproduced from the shape, with the layout a reader sees in the rendered page:
 * - two spaces per level; scalars as `"string"`, `integer`, `true|false`, `timestamp`, `blob`…,
 *   enums as `"A"|"B"|"C"`;
 * - lists of scalars inline (`["string", ...]`), other lists one element then `...`;
 * - maps open on the key's line and close after `...` (`{"string": "string"` / `  ...}`);
 * - documents as `{...}`; an empty structure keeps an empty line between its braces;
 * - a recursive structure is expanded a second time, then written `{ ... recursive ... }`
 *   (a recursive list or map is simply left empty).
 */
import type { ListShape, MapShape, Shape } from '../../model/shape.js';
import { botocoreTypeName, isScalarType, structureMembers } from './shape-kinds.js';

const INDENT = '  ';

/**
 * The placeholder the CLI writes for a scalar value: the enum values (when `withEnum` and the
 * model lists them), `"string"`, `true|false`, or the type name.
 * @example jsonValueName(model.shape('CompressionType')!) // '"None"|"Gzip"'
 */
export function jsonValueName(shape: Shape, withEnum = true): string {
  if (shape.kind === 'string') {
    const values = withEnum ? (shape.enum ?? []) : [];
    return values.length > 0 ? values.map((value) => `"${value}"`).join('|') : '"string"';
  }
  if (shape.kind === 'boolean') return 'true|false';
  return botocoreTypeName(shape);
}

/**
 * The exact body of the JSON Syntax block for an option of this shape (lines joined with `\n`,
 * relative indentation as rendered, no trailing newline). For a scalar shape, which the CLI
 * never documents this way, it is the scalar's placeholder.
 * @example jsonSyntax(model.shape('AutoMLOutputDataConfig')!) // '{\n  "KmsKeyId": "string",\n  "S3OutputPath": "string"\n}'
 */
export function jsonSyntax(shape: Shape): string {
  if (isScalarType(shape)) return jsonValueName(shape);
  const out = new BlockWriter();
  example(shape, [], out);
  return out.text();
}

/** Accumulates text the way the CLI's document style does: `newLine` indents the next line. */
class BlockWriter {
  private readonly parts: string[] = [];
  private depth = 0;

  write(text: string): void {
    this.parts.push(text);
  }

  newLine(): void {
    this.parts.push(`\n${INDENT.repeat(this.depth)}`);
  }

  indent(): void {
    this.depth += 1;
  }

  dedent(): void {
    if (this.depth > 0) this.depth -= 1;
  }

  /** The written lines; a line of only spaces renders as an empty line. */
  text(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => (line.trim() === '' ? '' : line))
      .join('\n');
  }
}

/** Write the example of `shape`, tracking the names entered so recursion ends. */
function example(shape: Shape, stack: string[], out: BlockWriter): void {
  const seen = stack.filter((name) => name === shape.name).length;
  // The CLI expands a recursive shape once more before writing the marker.
  if (seen > 1) {
    if (botocoreTypeName(shape) === 'structure') out.write('{ ... recursive ... }');
    return;
  }
  stack.push(shape.name);
  try {
    if (shape.kind === 'list') listExample(shape, stack, out);
    else if (shape.kind === 'map') mapExample(shape, stack, out);
    else if (shape.kind === 'document') out.write('{...}');
    else if (shape.kind === 'structure' || shape.kind === 'union') structureExample(shape, stack, out);
  } finally {
    stack.pop();
  }
}

function listExample(shape: ListShape, stack: string[], out: BlockWriter): void {
  out.write('[');
  if (isScalarType(shape.member)) {
    out.write(`${jsonValueName(shape.member)}, ...`);
  } else {
    out.indent();
    out.newLine();
    example(shape.member, stack, out);
    out.newLine();
    out.write('...');
    out.dedent();
    out.newLine();
  }
  out.write(']');
}

function mapExample(shape: MapShape, stack: string[], out: BlockWriter): void {
  out.write('{');
  out.indent();
  out.write(`${jsonValueName(shape.key)}: `);
  if (isScalarType(shape.value)) {
    out.write(jsonValueName(shape.value));
  } else {
    out.indent();
    example(shape.value, stack, out);
    out.dedent();
  }
  out.newLine();
  out.write('...');
  out.dedent();
  out.write('}');
}

function structureExample(shape: Shape, stack: string[], out: BlockWriter): void {
  const members = structureMembers(shape);
  out.write('{');
  out.indent();
  out.newLine();
  members.forEach(([name, member], index) => {
    if (isScalarType(member)) {
      out.write(`"${name}": ${jsonValueName(member)}`);
    } else {
      out.write(`"${name}": `);
      example(member, stack, out);
    }
    if (index < members.length - 1) {
      out.write(',');
      out.newLine();
    }
  });
  out.dedent();
  out.newLine();
  out.write('}');
}
