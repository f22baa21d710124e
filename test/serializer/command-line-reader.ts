/**
 * A small reader of our rendered command lines for tests: POSIX shell words back out of the
 * text, then each option's words back into a request the way the AWS CLI reads them (the full
 * CLI read-back lives with the CLI layer).
 */
import { parse as modelParse } from '../../src/model/api.js';
import { xformName } from '../../src/model/index.js';
import type { Operation, Shape } from '../../src/model/shape.js';

/** The words of a POSIX shell command line made of bare words, `'…'` and `\` escapes. */
export function shellSplit(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\') {
      if (text[i + 1] === '\n') {
        i++;
        continue;
      }
      word = (word ?? '') + (text[i + 1] ?? '');
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) throw new Error('unterminated single quote');
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (c === ' ' || c === '\n' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      if ('"$`*?[]{}()<>|&;#~!'.includes(c)) throw new Error(`unquoted shell metacharacter ${c} in ${text}`);
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * JSON as Python's `json.loads` reads it: also `NaN`, `Infinity`, `-Infinity`, and integers
 * of any size (beyond ±(2^53−1) as `bigint`, as our model layer holds them).
 */
export function pythonJson(text: string): unknown {
  let i = 0;
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return i++, out;
      for (;;) {
        space();
        const key = value() as string;
        space();
        i++; // ':'
        Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
        space();
        if (text[i++] === '}') return out;
      }
    }
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      space();
      if (text[i] === ']') return i++, out;
      for (;;) {
        out.push(value());
        space();
        if (text[i++] === ']') return out;
      }
    }
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      i++;
      return JSON.parse(text.slice(start, i)) as string;
    }
    const token = /^(?:-?Infinity|NaN|true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i))?.[0];
    if (token === undefined) throw new Error(`bad JSON at ${i}: ${text.slice(i, i + 20)}`);
    i += token.length;
    if (token === 'NaN') return NaN;
    if (token.endsWith('Infinity')) return token.startsWith('-') ? -Infinity : Infinity;
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (/^-?\d+$/.test(token)) {
      const big = BigInt(token);
      return big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER) ? big : Number(token);
    }
    return Number(token);
  };
  return value();
}

function scalar(word: string, shape: Shape): unknown {
  switch (shape.kind) {
    case 'integer':
    case 'long': {
      const big = BigInt(word);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(big) : big;
    }
    case 'float':
    case 'double':
      return word === 'NaN' ? NaN : Number(word);
    case 'boolean':
      return word.toLowerCase() !== 'false';
    default:
      return word;
  }
}

/** The request our reader makes of `argv` (program, service and operation first). */
export function readCommand(
  argv: readonly string[],
  operation: Operation,
  optionName: (name: string) => string = (name) => name,
): Record<string, unknown> {
  const members = [...(operation.input?.members.values() ?? [])];
  const byOption = new Map(members.map((m) => [optionName(xformName(m.name)), m]));
  for (const m of members) if (m.shape.kind === 'boolean') byOption.set(optionName(`no-${xformName(m.name)}`), m);
  const request: Record<string, unknown> = {};
  let fromJson: Record<string, unknown> = {};
  let i = 3;
  while (i < argv.length) {
    const token = argv[i] as string;
    if (!token.startsWith('--')) throw new Error(`expected an option at ${token}`);
    const eq = token.indexOf('=');
    const option = token.slice(2, eq === -1 ? undefined : eq);
    const words: string[] = eq === -1 ? [] : [token.slice(eq + 1)];
    i++;
    if (eq === -1) {
      while (i < argv.length && !(argv[i] as string).startsWith('--')) words.push(argv[i++] as string);
    }
    if (option === 'cli-input-json') {
      fromJson = pythonJson(words[0] as string) as Record<string, unknown>;
      continue;
    }
    const member = byOption.get(option);
    const negated = member?.shape.kind === 'boolean' && option === optionName(`no-${xformName(member.name)}`);
    if (member === undefined) throw new Error(`unknown option --${option}`);
    request[member.name] = readOption(words, member.shape, negated);
  }
  for (const [key, value] of Object.entries(fromJson)) if (!(key in request)) request[key] = value;
  return request;
}

function readOption(words: string[], shape: Shape, negated: boolean): unknown {
  const first = words[0] ?? '';
  switch (shape.kind) {
    case 'boolean':
      return !negated;
    case 'document':
      return pythonJson(first);
    case 'structure':
    case 'union':
    case 'map':
      return first.trimStart().startsWith('{') ? pythonJson(first) : modelParse(first, shape, { validate: false });
    case 'list':
      if (words.length === 1 && first.trimStart().startsWith('[')) return pythonJson(first);
      if (shape.member.kind === 'structure' || shape.member.kind === 'union' || shape.member.kind === 'map') {
        return modelParse(words, shape, { validate: false });
      }
      return words.map((word) => scalar(word, shape.member));
    default:
      return scalar(first, shape);
  }
}
