/**
 * The fast path of `parse()`: builds the plain value straight from the scanner's tokens, with
 * no token objects and no tree. It handles the common case (well-formed input without `@=`)
 * and gives up at the first token that needs the grammar's judgement (an unexpected or invalid
 * token, `@`, a duplicate top-level key, an unclosed bracket); `parse()` then runs the
 * Chevrotain parser, which reports the error exactly. A property test checks that both paths
 * give the same value wherever this one finishes.
 */
import type { SyntaxDiagnostic } from './errors.js';
import { scanInto } from './scanner.js';
import type { TokenSink } from './scanner.js';
import { KIND } from './token-kinds.js';
import type { TokenKind } from './token-kinds.js';
import { setOwn } from './value.js';
import type { ShorthandObject, ShorthandValue } from './value.js';

/** An open object or list, and where its next value goes. */
interface Frame {
  readonly object: ShorthandObject | undefined;
  readonly list: ShorthandValue[] | undefined;
  /** The key whose value comes next (objects). */
  key: string;
  /** The implicit csv list being built for `key` (top level only). */
  csv: ShorthandValue[] | undefined;
}

class DirectValueSink implements TokenSink {
  readonly root: ShorthandObject = {};
  private readonly stack: Frame[] = [{ object: this.root, list: undefined, key: '', csv: undefined }];
  private readonly topKeys = new Set<string>();

  token(kind: TokenKind, text: string, start: number, end: number, payload: string | SyntaxDiagnostic | undefined): boolean {
    const frame = this.stack[this.stack.length - 1] as Frame;
    switch (kind) {
      case KIND.Key:
        frame.key = text.slice(start, end);
        return true;
      case KIND.Equals:
        if (this.stack.length === 1) {
          // A second top-level key is an error the parser words; a hash keeps its last value.
          if (this.topKeys.has(frame.key)) return false;
          this.topKeys.add(frame.key);
        }
        frame.csv = undefined;
        return true;
      case KIND.Comma:
        frame.key = '';
        return true;
      case KIND.CsvComma:
        if (frame.csv === undefined) {
          frame.csv = [(frame.object as ShorthandObject)[frame.key] as ShorthandValue];
          setOwn(frame.object as ShorthandObject, frame.key, frame.csv);
        }
        return true;
      case KIND.Unquoted:
        return this.add(frame, payload === undefined ? text.slice(start, end) : (payload as string));
      case KIND.SingleQuoted:
      case KIND.DoubleQuoted:
        return this.add(frame, payload as string);
      case KIND.EmptyValue:
        return this.add(frame, '');
      case KIND.LBracket: {
        const list: ShorthandValue[] = [];
        this.add(frame, list);
        this.stack.push({ object: undefined, list, key: '', csv: undefined });
        return true;
      }
      case KIND.LBrace: {
        const object: ShorthandObject = {};
        this.add(frame, object);
        this.stack.push({ object, list: undefined, key: '', csv: undefined });
        return true;
      }
      case KIND.RBracket:
      case KIND.RBrace:
        this.stack.pop();
        return true;
      default:
        return false;
    }
  }

  /** True when every bracket was closed. */
  get balanced(): boolean {
    return this.stack.length === 1;
  }

  private add(frame: Frame, value: ShorthandValue): boolean {
    if (frame.list !== undefined) frame.list.push(value);
    else if (frame.csv !== undefined) frame.csv.push(value);
    else setOwn(frame.object as ShorthandObject, frame.key, value);
    return true;
  }
}

/** The value of `text` when it is well formed without `@=`, else undefined (use the parser). */
export function parseDirect(text: string): ShorthandObject | undefined {
  const sink = new DirectValueSink();
  return scanInto(text, sink).complete && sink.balanced ? sink.root : undefined;
}
