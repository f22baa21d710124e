/**
 * What every editor service starts from: the text's (partial) syntax tree and, when a shape is
 * known, the model layer's analysis of it — the one shape walk plus coercion and validation
 * issues with source ranges. Several words of a list option share one model analysis.
 */
import { parseDocument } from '../grammar/index.js';
import type { ObjectNode, ParsedDocument } from '../grammar/index.js';
import { analyzeShorthand } from '../model/api.js';
import type { ShorthandAnalysis } from '../model/api.js';
import type { Shape } from '../model/index.js';
import { walkShapes } from '../model/walk.js';
import type { ShapeWalk } from '../model/walk.js';

/** One shorthand text, parsed and (with a shape) walked and checked. */
export interface Analysis {
  readonly text: string;
  readonly parsed: ParsedDocument;
  /** The model walk; undefined when no shape is known (syntax only). */
  readonly walk: ShapeWalk | undefined;
  /** Coercion and validation of the whole input this text belongs to. */
  readonly model: ShorthandAnalysis | undefined;
  /** Which word of `model` this text is (0 for a single text). */
  readonly word: number;
}

/**
 * Parse `text` and, when `shape` is given, walk, coerce and validate it.
 * @example analyse('Key=a', tagShape).walk?.nodeAt(0)?.pathText // 'Key'
 */
export function analyse(text: string, shape: Shape | undefined): Analysis {
  if (shape === undefined) return { text, parsed: parseDocument(text), walk: undefined, model: undefined, word: 0 };
  const model = analyzeShorthand(text, shape);
  return modelAnalysis(text, model, 0);
}

/**
 * Parse `text` and walk it against `shape` without coercing or validating: all that completion,
 * hover and the outline need.
 */
export function analyseTree(text: string, shape: Shape | undefined): Analysis {
  const parsed = parseDocument(text);
  return { text, parsed, walk: shape === undefined ? undefined : walkShapes(parsed.ast, shape), model: undefined, word: 0 };
}

/**
 * The words of a list argument (`--tags Key=a,Value=b Key=c`), analysed together against the
 * list `shape` (word `i` is element `[i]`), one analysis per word.
 */
export function analyseWords(words: readonly string[], shape: Shape): Analysis[] {
  const model = analyzeShorthand(words, shape);
  return words.map((text, word) => modelAnalysis(text, model, word));
}

/**
 * Word `word` of a model analysis. The tree and the walk are read through on use: the model
 * builds them lazily for clean values, and most analyses of a script never need them.
 */
function modelAnalysis(text: string, model: ShorthandAnalysis, word: number): Analysis {
  return {
    text,
    get parsed() {
      return model.documents[word] as ParsedDocument;
    },
    get walk() {
      return model.walk;
    },
    model,
    word,
  };
}

/** The root object of an analysis's text. */
export function rootOf(analysis: Analysis): ObjectNode {
  return analysis.parsed.ast;
}
