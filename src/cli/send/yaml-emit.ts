/**
 * YAML as AWS CLI v2 prints responses (`--output yaml|yaml-stream`): ruamel.yaml's safe dumper
 * with block style, running on libyaml's emitter. Keys sorted by code point, sequences inside
 * mappings not indented, empty collections as `{}`/`[]`, scalars plain when they read back as
 * the same string under YAML 1.2 and need no quoting, else single-quoted, else double-quoted
 * with escapes; long scalars folded at spaces past column 80.
 *
 * The npm `yaml` package chooses quotes and folds lines differently (it prefers double quotes
 * and plain multi-line scalars), so the printed text is produced here, following libyaml's
 * rules. What these rules are is recorded in `src/awscli/v2/yaml-output.ts`.
 */
import { floatRepr } from '../../model/python.js';
import { YAML_OUTPUT } from '../../awscli/v2/yaml-output.js';
import { PyFloat } from './python-json-dumps.js';
import type { YamlSkeletonNode } from '../../awscli/yaml-skeleton.js';

/** A naive Python `datetime` as the YAML dumper represents it: `1970-01-01 00:00:00`, plain. */
export class YamlTimestamp {
  constructor(readonly text: string) {}

  /** As JSON (for `--query`), the datetime's `isoformat()`. */
  toJSON(): string {
    return this.text.replace(' ', 'T');
  }
}

/**
 * The document ruamel.yaml's safe dumper writes for `value` (a `pythonView` result).
 * @example dumpYaml({ b: [1], a: '' }) // "a: ''\nb:\n- 1\n"
 */
export function dumpYaml(value: unknown): string {
  const emitter = new Emitter();
  emitter.node(value, 'root');
  emitter.breakLine();
  return emitter.text();
}

/**
 * `--generate-cli-skeleton yaml-input` as v2 prints it (ruamel.yaml's round-trip dumper): keys
 * in the model's order, each member's comment at the end of its line (after `key:` when the
 * value is a block), blobs as `!!binary ''`.
 * @example dumpYamlSkeleton(yamlInputSkeleton(listAutoMLJobs.input)) // "CreationTimeAfter: 1970-01-01 00:00:00  # Request a list of jobs, …"
 */
export function dumpYamlSkeleton(skeleton: YamlSkeletonNode): string {
  const emitter = new Emitter();
  emitter.skeleton(skeleton, 'root', undefined);
  emitter.breakLine();
  return emitter.text();
}

type Context = 'root' | 'sequence' | 'mapping' | 'key';

/** The emitter's state, as libyaml keeps it: column, indent and whether the line so far is blank. */
class Emitter {
  private readonly out: string[] = [];
  private column = 0;
  /** The last character written was white space (or nothing was written on the line). */
  private whitespace = true;
  /** Only indentation has been written on the current line. */
  private indention = true;
  private indent = -1;
  private readonly indents: number[] = [];
  /** Flow collections are only ever empty here, so no scalar is written inside one. */
  private readonly flowLevel = 0;

  text(): string {
    return this.out.join('');
  }

  node(value: unknown, context: Context): void {
    // Recursion follows the response's nesting, which the service model bounds.
    if (Array.isArray(value)) {
      if (value.length === 0) this.emptyFlow('[', ']');
      else this.blockSequence(value, context);
    } else if (isMapping(value)) {
      const keys = sortByCodePoint(Object.keys(value));
      if (keys.length === 0) this.emptyFlow('{', '}');
      else this.blockMapping(value, keys);
    } else {
      this.scalar(representScalar(value), context);
    }
  }

  /** A skeleton node; `comment` is written after the value, or after `key:` when the value is a block. */
  skeleton(node: YamlSkeletonNode, context: Context, comment: string | undefined): void {
    const block = (node.kind === 'mapping' && node.entries.length > 0) || (node.kind === 'sequence' && node.items.length > 0);
    if (block && comment !== undefined) this.put(comment);
    if (node.kind === 'sequence') {
      if (node.items.length === 0) this.emptyFlow('[', ']');
      else {
        this.increaseIndent(false, context === 'mapping' && !this.indention);
        for (const item of node.items) {
          this.writeIndent();
          this.writeIndicator('-', true, false, true);
          this.skeleton(item, 'sequence', undefined);
        }
        this.popIndent();
      }
    } else if (node.kind === 'mapping') {
      if (node.entries.length === 0) this.emptyFlow('{', '}');
      else {
        this.increaseIndent(false, false);
        for (const entry of node.entries) {
          this.writeIndent();
          this.scalar(representScalar(entry.key), 'key');
          this.writeIndicator(':', false, false, false);
          this.skeleton(entry.value, 'mapping', entry.comment === undefined ? undefined : `${entry.commentGap ?? ' '}# ${entry.comment}`);
        }
        this.popIndent();
      }
    } else {
      if (node.type === 'binary') this.writeIndicator('!!binary', true, false, false);
      // A tagged scalar is never plain-implicit: the binary tag's empty text is quoted, `''`.
      const plainImplicit = node.type === 'binary' ? false : node.type !== 'str' || !resolvesToOtherType(node.text);
      this.scalar({ text: node.text, plainImplicit }, context);
    }
    if (!block && comment !== undefined) this.put(comment);
  }

  private blockSequence(items: readonly unknown[], context: Context): void {
    // A sequence that is a mapping's value starts at the key's column (libyaml's indentless sequence).
    this.increaseIndent(false, context === 'mapping' && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, 'sequence');
    }
    this.popIndent();
  }

  private blockMapping(mapping: Record<string, unknown>, keys: readonly string[]): void {
    this.increaseIndent(false, false);
    for (const key of keys) {
      this.writeIndent();
      if (isSimpleKey(key)) {
        this.node(key, 'key');
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, 'sequence');
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(mapping[key], 'mapping');
    }
    this.popIndent();
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.writeIndicator(close, false, false, false);
  }

  private scalar(scalar: Scalar, context: Context): void {
    const style = chooseStyle(scalar, context === 'key', this.flowLevel > 0);
    this.increaseIndent(true, false);
    const breaks = context !== 'key';
    if (style === 'plain') this.writePlain(scalar.text, breaks);
    else if (style === 'single') this.writeSingleQuoted(scalar.text, breaks);
    else this.writeDoubleQuoted(scalar.text, breaks);
    this.popIndent();
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? YAML_OUTPUT.indent : 0;
    else if (!indentless) this.indent += YAML_OUTPUT.indent;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  private put(text: string): void {
    this.out.push(text);
    this.column += [...text].length;
  }

  breakLine(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.breakLine();
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private writePlain(text: string, allowBreaks: boolean): void {
    if (!this.whitespace && text !== '') this.put(' ');
    const chars = [...text];
    let spaces = false;
    chars.forEach((ch, i) => {
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > YAML_OUTPUT.width && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(text: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    const chars = [...text];
    let spaces = false;
    let breaks = false;
    chars.forEach((ch, i) => {
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > YAML_OUTPUT.width && i !== 0 && i !== chars.length - 1 && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(ch)) {
        // A line feed inside single quotes is folded away when read back: write it twice.
        if (!breaks && ch === '\n') this.breakLine();
        if (ch === '\n') this.breakLine();
        else {
          this.out.push(ch);
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch === "'" ? "''" : ch);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
    if (breaks) this.writeIndent();
    this.writeIndicator("'", false, false, false);
  }

  private writeDoubleQuoted(text: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = [...text];
    let spaces = false;
    chars.forEach((ch, i) => {
      const code = ch.codePointAt(0) ?? 0;
      if (!isPrintable(code) || ch === '"' || ch === '\\' || isBreak(ch) || code === 0xfeff) {
        this.put(`\\${escapeOf(code)}`);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > YAML_OUTPUT.width && i !== 0 && i !== chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(ch);
        }
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
  }
}

/** A scalar's text and whether YAML would read it back as the same type without a tag. */
interface Scalar {
  readonly text: string;
  /** Plain, the text reads back as this value (a number stays a number, a string a string). */
  readonly plainImplicit: boolean;
}

/** The representer: a Python value as the scalar the dumper writes. */
function representScalar(value: unknown): Scalar {
  if (value === null || value === undefined) return { text: 'null', plainImplicit: true };
  if (value === true || value === false) return { text: String(value), plainImplicit: true };
  if (value instanceof PyFloat) return { text: floatText(value.value), plainImplicit: true };
  if (typeof value === 'number') return { text: Number.isInteger(value) ? String(value) : floatText(value), plainImplicit: true };
  if (typeof value === 'bigint') return { text: value.toString(), plainImplicit: true };
  if (value instanceof YamlTimestamp) return { text: value.text, plainImplicit: true };
  const text = String(value);
  return { text, plainImplicit: !resolvesToOtherType(text) };
}

/** ruamel.yaml's float text: Python's repr, lower case, with YAML's names for the specials. */
function floatText(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  return floatRepr(value).toLowerCase();
}

/** True when a plain scalar `text` would be read back as something else than a string (YAML 1.2, as ruamel resolves it). */
export function resolvesToOtherType(text: string): boolean {
  if (text === '') return true;
  const first = text[0] as string;
  return YAML_OUTPUT.implicitTypes.some(({ first: starts, pattern }) => starts.includes(first) && pattern.test(text));
}

type Style = 'plain' | 'single' | 'double';

/** libyaml's choice of style from the scalar's analysis. */
function chooseStyle(scalar: Scalar, simpleKey: boolean, flow: boolean): Style {
  const analysis = analyzeScalar(scalar.text);
  if (simpleKey && analysis.multiline) return 'double';
  let style: Style = 'plain';
  if ((flow && !analysis.flowPlainAllowed) || (!flow && !analysis.blockPlainAllowed)) style = 'single';
  if (scalar.text === '' && (flow || simpleKey)) style = 'single';
  if (!scalar.plainImplicit) style = 'single';
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  return style;
}

interface Analysis {
  readonly multiline: boolean;
  readonly flowPlainAllowed: boolean;
  readonly blockPlainAllowed: boolean;
  readonly singleQuotedAllowed: boolean;
}

const WHITESPACE_OR_END = new Set([' ', '\t', '\r', '\n', '\u0085', '\u2028', '\u2029', '\0']);

/** What a scalar's characters allow, as libyaml's `yaml_emitter_analyze_scalar` decides. */
function analyzeScalar(text: string): Analysis {
  const chars = [...text];
  if (chars.length === 0) return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true };
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (text.startsWith('---') || text.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  let followedByWhitespace = chars.length === 1 || WHITESPACE_OR_END.has(chars[1] as string);
  chars.forEach((ch, i) => {
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      }
      if (ch === '?' || ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else {
      if (',?[]{}'.includes(ch)) flowIndicators = true;
      if (ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === '#' && precededByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    }
    const code = ch.codePointAt(0) ?? 0;
    if (!isPrintable(code) || code === 0xfeff) specialCharacters = true;
    if (isBreak(ch)) lineBreaks = true;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(ch)) {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = WHITESPACE_OR_END.has(ch);
    followedByWhitespace = i + 2 >= chars.length || WHITESPACE_OR_END.has(chars[i + 2] as string);
  });
  let flowPlainAllowed = true;
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    flowPlainAllowed = false;
    blockPlainAllowed = false;
  }
  if (breakSpace) {
    flowPlainAllowed = false;
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    flowPlainAllowed = false;
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (lineBreaks) {
    flowPlainAllowed = false;
    blockPlainAllowed = false;
  }
  if (flowIndicators) flowPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, flowPlainAllowed, blockPlainAllowed, singleQuotedAllowed };
}

/** libyaml's printable characters (it tests UTF-8 bytes): no C1 controls (not even NEL), nothing beyond U+FFFF. */
function isPrintable(code: number): boolean {
  return (
    code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd)
  );
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

/** The escape after a backslash in a double-quoted scalar. */
function escapeOf(code: number): string {
  const named = YAML_OUTPUT.escapes[code];
  if (named !== undefined) return named;
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `x${hex.padStart(2, '0')}`;
  if (code <= 0xffff) return `u${hex.padStart(4, '0')}`;
  return `U${hex.padStart(8, '0')}`;
}

/** A key written as `key:`; longer or multi-line keys take the `? key` form. */
function isSimpleKey(key: string): boolean {
  return [...key].length <= YAML_OUTPUT.simpleKeyLimit && !key.split('').some(isBreak);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof PyFloat) && !(value instanceof YamlTimestamp);
}

/** Python's `sorted()` of strings: by code point, not by UTF-16 unit. */
function sortByCodePoint(keys: string[]): string[] {
  return keys.sort((a, b) => {
    const left = [...a];
    const right = [...b];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
      if (difference !== 0) return difference;
    }
    return left.length - right.length;
  });
}
