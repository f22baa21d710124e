/**
 * The AWS CLI's `--output table` renderer: sections (a title, optional column headers, rows),
 * each as wide as the widest section, columns scaled to fill it, sections nested by indenting
 * with `|` on both sides; when the table is wider than the terminal, single-row sections are
 * turned vertical (one `header | value` row per column) and the widths computed again.
 */

/** One section of the table. */
interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indentLevel: number;
  /** Widest text per column, over headers and rows. */
  maxWidths: number[];
  columns: number | undefined;
}

/** Colours for a terminal (the AWS CLI's colorama styling), or none. */
export interface TableStyle {
  readonly rowElement: (text: string) => string;
  readonly indentation: (text: string) => string;
}

/** No colours. */
export const PLAIN_STYLE: TableStyle = { rowElement: (text) => text, indentation: (text) => text };

/** The AWS CLI's terminal colours: values bright blue, the indentation bars dim yellow. */
export const COLOR_STYLE: TableStyle = {
  rowElement: (text) => `\x1b[1m\x1b[34m${text}\x1b[0m`,
  indentation: (text) => `\x1b[2m\x1b[33m${text}\x1b[0m`,
};

/** Builds and renders a table. */
export class MultiTable {
  private readonly sections: Section[] = [];
  private current: Section | undefined;

  constructor(
    private readonly terminalWidth: number,
    private readonly style: TableStyle = PLAIN_STYLE,
  ) {}

  /** Start a section titled `title` at `indentLevel`. */
  newSection(title: string, indentLevel = 0): void {
    this.current = { title, headers: [], rows: [], indentLevel, maxWidths: [], columns: undefined };
    this.sections.push(this.current);
  }

  /** Set the current section's column headers. */
  addRowHeader(headers: readonly string[]): void {
    const section = this.section();
    updateWidths(section, headers);
    section.columns ??= headers.length;
    section.headers = [...headers];
  }

  /** Add a row of already-printed values to the current section. */
  addRow(row: readonly string[]): void {
    const section = this.section();
    section.columns ??= row.length;
    if (row.length !== section.columns) throw new Error(`Row should have ${section.columns} elements, instead it has ${row.length}`);
    section.rows.push([...row]);
    updateWidths(section, row);
  }

  /** The rendered table. */
  render(): string {
    let maxWidth = this.maxWidth();
    if (maxWidth > this.terminalWidth) {
      this.makeSingleRowsVertical();
      maxWidth = this.maxWidth();
    }
    const out: string[] = [`${'-'.repeat(maxWidth)}\n`];
    for (const section of this.sections) this.renderSection(section, maxWidth, out);
    return out.join('');
  }

  private section(): Section {
    if (this.current === undefined) this.newSection('');
    return this.current as Section;
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((section) => totalWidth(section)));
  }

  private makeSingleRowsVertical(): void {
    this.sections.forEach((section, i) => {
      const only = section.rows[0];
      if (section.rows.length !== 1 || section.headers.length === 0 || only === undefined) return;
      const vertical: Section = { title: section.title, headers: [], rows: [], indentLevel: section.indentLevel, maxWidths: [], columns: undefined };
      section.headers.forEach((header, column) => {
        const element = only[column];
        if (element === undefined) return;
        vertical.columns ??= 2;
        vertical.rows.push([header, element]);
        updateWidths(vertical, [header, element]);
      });
      this.sections[i] = vertical;
    });
  }

  private renderSection(section: Section, fullWidth: number, out: string[]): void {
    const bar = this.style.indentation('|');
    const write = (line: string): void => {
      out.push(`${bar.repeat(section.indentLevel)}${line}${bar.repeat(section.indentLevel)}\n`);
    };
    const maxWidth = fullWidth - section.indentLevel * 2;
    if (section.title !== '') {
      write(centerText(section.title, maxWidth, '|', '|'));
      if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(maxWidth - 2)}+`);
    }
    if (section.headers.length > 0) {
      const widths = columnWidths(section, 4, maxWidth);
      write(lineBreak(widths));
      write(section.headers.map((header, i) => centerText(header, widths[i] as number, i === 0 ? '|' : '', '|')).join(''));
    }
    if (section.rows.length > 0) {
      const widths = columnWidths(section, 4, maxWidth);
      if (widths.length === 0) return;
      write(lineBreak(widths));
      for (const row of section.rows) {
        write(
          widths
            .map((width, i) => {
              const element = row[i];
              if (element === undefined) return '';
              return alignLeft(this.style.rowElement(element), textLength(element), width, i === 0 ? '|' : '', '|');
            })
            .join(''),
        );
      }
      write(lineBreak(widths));
    }
  }
}

function updateWidths(section: Section, row: readonly string[]): void {
  if (section.maxWidths.length === 0) {
    section.maxWidths = row.map(textLength);
    return;
  }
  row.forEach((element, i) => {
    section.maxWidths[i] = Math.max(textLength(element), section.maxWidths[i] ?? 0);
  });
}

/** Column widths plus padding, scaled so they add up to `maxWidth`. */
function columnWidths(section: Section, padding = 0, maxWidth?: number): number[] {
  const unscaled = section.maxWidths.map((width) => width + padding);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const sum = unscaled.reduce((a, b) => a + b, 0);
  const factor = maxWidth / sum;
  const scaled = unscaled.map((width) => roundHalfEven(factor * width));
  let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (off !== 0) {
    const order = scaled.map((_w, i) => i);
    if (off < 0) order.reverse();
    for (const i of order) {
      if (off > 0) {
        scaled[i] = (scaled[i] as number) - 1;
        off -= 1;
      } else {
        scaled[i] = (scaled[i] as number) + 1;
        off += 1;
      }
      if (off === 0) break;
    }
  }
  return scaled;
}

function totalWidth(section: Section): number {
  const border = 2;
  const outer = section.indentLevel;
  let total = columnWidths(section).reduce((sum, width) => sum + width + 4, 0);
  total += border + outer * 2;
  return Math.max(textLength(section.title) + border + outer * 2, total);
}

function lineBreak(widths: readonly number[]): string {
  return widths.map((width, i) => (i === 0 ? `+${'-'.repeat(width - 2)}+` : `${'-'.repeat(width - 1)}+`)).join('');
}

function centerText(text: string, length: number, left: string, right: string): string {
  const size = textLength(text);
  const start = Math.floor(length / 2) - Math.floor(size / 2) - 1;
  const soFar = textLength(left) + start + size;
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - textLength(right) - soFar))}${right}`;
}

function alignLeft(text: string, size: number, length: number, left: string, right: string): string {
  const computed = size + 2 + textLength(left) + textLength(right);
  const padding = length - computed >= 0 ? 2 : 0;
  const soFar = left.length + padding + size;
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - soFar - right.length))}${right}`;
}

/** Python's `round()` (halves to even), as `int(round(x))` scales columns. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Display width as the AWS CLI counts it: East Asian wide, fullwidth and ambiguous characters
 * count two. The ranges here cover the wide/fullwidth blocks and the common ambiguous ones
 * (Greek, Cyrillic, box drawing); rarer ambiguous characters count one.
 */
export function textLength(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) as number) ? 2 : 1;
  return width;
}

const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a1, 0x00a1], [0x00a4, 0x00a4], [0x00a7, 0x00a8], [0x00b0, 0x00b4], [0x00b6, 0x00ba], [0x00bc, 0x00bf],
  [0x00c6, 0x00c6], [0x00d0, 0x00d0], [0x00d7, 0x00d8], [0x00de, 0x00e1], [0x00e6, 0x00e6], [0x00e8, 0x00ea],
  [0x00ec, 0x00ed], [0x00f0, 0x00f0], [0x00f2, 0x00f3], [0x00f7, 0x00fa], [0x00fc, 0x00fc], [0x00fe, 0x00fe],
  [0x0391, 0x03a9], [0x03b1, 0x03c9], [0x0401, 0x0401], [0x0410, 0x044f], [0x0451, 0x0451],
  [0x1100, 0x115f], [0x2010, 0x2010], [0x2013, 0x2016], [0x2018, 0x2019], [0x201c, 0x201d], [0x2020, 0x2022],
  [0x2024, 0x2027], [0x2030, 0x2030], [0x2032, 0x2033], [0x2035, 0x2035], [0x203b, 0x203b], [0x2103, 0x2103],
  [0x2116, 0x2116], [0x2121, 0x2122], [0x2160, 0x216b], [0x2170, 0x2179], [0x2190, 0x2199], [0x2460, 0x24e9],
  [0x2500, 0x257f], [0x25a0, 0x25a1], [0x25b2, 0x25b3], [0x25bc, 0x25bd], [0x25c6, 0x25c8], [0x25cb, 0x25cb],
  [0x25ce, 0x25d1], [0x2605, 0x2606], [0x2640, 0x2640], [0x2642, 0x2642], [0x231a, 0x231b], [0x2329, 0x232a],
  [0x23e9, 0x23ec], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xe000, 0xf8ff], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0xfffd, 0xfffd], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0xa1) return false;
  for (const [start, end] of WIDE_RANGES) if (cp >= start && cp <= end) return true;
  return false;
}
