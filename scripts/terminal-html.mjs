#!/usr/bin/env node
/**
 * Render a terminal screen captured with `tmux capture-pane -p -e` (text with SGR colour
 * escapes) as an HTML page of fixed-size cells, for a browser to screenshot
 * (scripts/screenshot-neovim.sh). Handles what tmux emits: reset, bold, italic, underline
 * (drawn wavy, in its own colour when one is given), reverse, the 16 colours, the 256-colour
 * palette and 24-bit colours.
 *
 *   node scripts/terminal-html.mjs CAPTURE COLUMNS ROWS > page.html   (prints WIDTHxHEIGHT on stderr)
 */
import { readFileSync } from 'node:fs';

const [capturePath, columnsText, rowsText] = process.argv.slice(2);
if (capturePath === undefined || columnsText === undefined || rowsText === undefined) {
  process.stderr.write('usage: terminal-html.mjs CAPTURE COLUMNS ROWS\n');
  process.exit(2);
}
const columns = Number(columnsText);
const rows = Number(rowsText);

/** The 16 colours (a dark terminal theme), then the xterm 256-colour cube and greys. */
const PALETTE = ['#1d1f21', '#cc6666', '#b5bd68', '#f0c674', '#81a2be', '#b294bb', '#8abeb7', '#c5c8c6', '#666666', '#d54e53', '#b9ca4a', '#e7c547', '#7aa6da', '#c397d8', '#70c0b1', '#eaeaea'];
const LEVELS = [0, 95, 135, 175, 215, 255];
for (let i = 0; i < 216; i++) PALETTE.push(rgb(LEVELS[Math.floor(i / 36)], LEVELS[Math.floor(i / 6) % 6], LEVELS[i % 6]));
for (let i = 0; i < 24; i++) PALETTE.push(rgb(8 + 10 * i, 8 + 10 * i, 8 + 10 * i));
const FOREGROUND = PALETTE[7];
const BACKGROUND = PALETTE[0];

function rgb(r, g, b) {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Apply one SGR sequence's parameters to `style`. */
function applySgr(style, params) {
  const codes = params === '' ? [0] : params.split(';').map((p) => Number(p.split(':')[0]));
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === 0) Object.assign(style, { fg: undefined, bg: undefined, sp: undefined, bold: false, italic: false, underline: false, reverse: false });
    else if (code === 1) style.bold = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 7) style.reverse = true;
    else if (code === 22) style.bold = false;
    else if (code === 23) style.italic = false;
    else if (code === 24) style.underline = false;
    else if (code === 27) style.reverse = false;
    else if (code >= 30 && code <= 37) style.fg = PALETTE[code - 30];
    else if (code >= 90 && code <= 97) style.fg = PALETTE[code - 90 + 8];
    else if (code >= 40 && code <= 47) style.bg = PALETTE[code - 40];
    else if (code >= 100 && code <= 107) style.bg = PALETTE[code - 100 + 8];
    else if (code === 39) style.fg = undefined;
    else if (code === 49) style.bg = undefined;
    else if (code === 59) style.sp = undefined;
    else if (code === 38 || code === 48 || code === 58) {
      // 58 is the underline colour (Neovim's undercurl of diagnostics).
      const key = code === 38 ? 'fg' : code === 48 ? 'bg' : 'sp';
      if (codes[i + 1] === 5) {
        style[key] = PALETTE[codes[i + 2]];
        i += 2;
      } else if (codes[i + 1] === 2) {
        style[key] = rgb(codes[i + 2], codes[i + 3], codes[i + 4]);
        i += 4;
      }
    }
  }
}

function span(text, style) {
  let fg = style.fg ?? FOREGROUND;
  let bg = style.bg ?? BACKGROUND;
  if (style.reverse) [fg, bg] = [bg, fg];
  const css = [`color:${fg}`, `background:${bg}`];
  if (style.bold) css.push('font-weight:bold');
  if (style.italic) css.push('font-style:italic');
  if (style.underline) css.push(`text-decoration:underline wavy ${style.sp ?? fg};text-decoration-skip-ink:none`);
  return `<span style="${css.join(';')}">${escapeHtml(text)}</span>`;
}

const lines = readFileSync(capturePath, 'utf8').replace(/\n$/, '').split('\n').slice(0, rows);
const style = {};
const html = lines.map((line) => {
  let out = '';
  let text = '';
  let width = 0;
  for (const part of line.split(/(\x1b\[[0-9;:]*m)/)) {
    const sgr = /^\x1b\[([0-9;:]*)m$/.exec(part);
    if (sgr !== null) {
      if (text !== '') out += span(text, style);
      text = '';
      applySgr(style, sgr[1]);
    } else {
      text += part;
      width += [...part].length;
    }
  }
  // tmux leaves trailing blanks out: fill the row in the current background.
  text += ' '.repeat(Math.max(0, columns - width));
  return `<div>${out}${span(text, style)}</div>`;
});

const FONT_PX = 15;
const CELL_W = FONT_PX * 0.6021; // DejaVu Sans Mono's advance is 1233/2048 em
const CELL_H = 19;
const PAD = 12;
process.stderr.write(`${Math.ceil(columns * CELL_W + 2 * PAD)}x${rows * CELL_H + 2 * PAD}\n`);
process.stdout.write(`<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;background:${BACKGROUND}}
body{padding:${PAD}px;font:${FONT_PX}px/${CELL_H}px "DejaVu Sans Mono",monospace;white-space:pre;overflow:hidden}
div{height:${CELL_H}px}
span{display:inline-block;height:${CELL_H}px;vertical-align:top}
</style>${html.join('')}\n`);
