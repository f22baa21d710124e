/**
 * Pretty shorthand: the compact text re-laid over several lines with indentation. The grammar
 * skips ASCII whitespace after `,` `[` `{` and before `,` `]` `}`, so line breaks go only
 * there; never before the first key or after the last character (the AWS CLI reads trailing
 * blanks after `]`, `}` or a quote as a missing `,`). A container that fits in the line stays
 * on one line; a top-level csv list that does not fit becomes a bracketed list (`a=x,y` and
 * `a=[x,y]` read back alike), its items re-encoded for their new position, unless one of them
 * cannot stand in a list.
 */
import { encodeString } from './strings.js';
import type { Entry, Span } from './writer.js';

/** Layout settings. */
export interface Layout {
  readonly indent: number;
  readonly width: number;
  /** Whether a csv list too long for its line may become a bracketed list (default true). */
  readonly csvToBrackets?: boolean;
}

const BACKSLASH = 0x5c;

/**
 * `text` (compact shorthand whose structure `top` records) laid out for people.
 * @example prettyText('a={b=1}', top, { indent: 2, width: 4 }) // 'a={\n  b=1\n}'
 */
export function prettyText(text: string, top: Span, layout: Layout): string {
  if (text.length <= layout.width) return text;
  const printer = new Printer(text, layout);
  return printer.join(top.entries.map((entry) => printer.entry(entry, 0)), '\n');
}

class Printer {
  constructor(
    private readonly text: string,
    private readonly layout: Layout,
  ) {}

  /** One entry at nesting `level`: flat when it fits, else its container broken. */
  entry(entry: Entry, level: number): string {
    const flat = this.text.slice(entry.start, entry.end);
    const value = entry.value;
    // +1 for the comma that usually follows.
    if (value === undefined || level * this.layout.indent + flat.length + 1 <= this.layout.width) return flat;
    const prefix = this.text.slice(entry.start, value.open);
    return prefix + this.span(value, level);
  }

  private span(span: Span, level: number): string {
    const inner = this.pad(level + 1);
    const csv = span.kind === 'csv';
    if (csv && this.layout.csvToBrackets === false) return this.text.slice(span.open, span.close);
    const items: string[] = [];
    for (const child of span.entries) {
      // Only a bare value's form depends on its position; one that must be quoted as a list
      // item may be unsayable there (`,}\\` is bare as a later csv item), so it stays csv.
      const item = csv ? encodeString(child.raw ?? '', 'first') : this.entry(child, level + 1);
      if (item === undefined) return this.text.slice(span.open, span.close);
      items.push(item);
    }
    const open = csv ? '[' : (this.text[span.open] as string);
    const close = csv ? ']' : (this.text[span.close - 1] as string);
    if (items.length === 0) return open + close;
    return `${open}\n${inner}${this.join(items, `\n${inner}`)}\n${this.pad(level)}${close}`;
  }

  /** Items joined by `,` + `gap`; a space before the comma after a bare value ending in `\`. */
  join(items: string[], gap: string): string {
    let out = '';
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as string;
      out += item;
      if (i < items.length - 1) out += item.charCodeAt(item.length - 1) === BACKSLASH ? ` ,${gap}` : `,${gap}`;
    }
    return out;
  }

  private pad(level: number): string {
    return ' '.repeat(level * this.layout.indent);
  }
}
