/**
 * Folding ranges and document symbols for nested structures: every closed `{…}` / `[…]` folds,
 * and every pair (and list item holding a structure) becomes a symbol with its children.
 */
import type { ObjectNode, ValueNode } from '../grammar/index.js';
import { endOf } from '../grammar/index.js';
import type { Shape } from '../model/index.js';
import { analyseTree } from './analysis.js';
import type { Analysis } from './analysis.js';
import { typeLabel } from './shape-info.js';
import { isBracketed, isClosed } from './tree.js';
import type { DocumentSymbol, FoldingRegion, SymbolKind } from './types.js';

/**
 * The closed brackets of `text`, outermost first: `start` is the opening bracket's offset and
 * `end` the closing one's.
 * @example foldingRegions('a={b=[1]}') // [{ start: 2, end: 8 }, { start: 5, end: 7 }]
 */
export function foldingRegions(text: string): FoldingRegion[] {
  return foldingRegionsOf(analyseTree(text, undefined));
}

/** `foldingRegions` for an analysis already made. */
export function foldingRegionsOf(analysis: Analysis): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  const visit = (node: ValueNode): void => {
    if (node.type === 'scalar') return;
    if (isBracketed(node) && isClosed(node)) out.push({ start: node.offset, end: endOf(node) - 1 });
    if (node.type === 'object') {
      for (const entry of node.entries) if (entry.value !== undefined) visit(entry.value);
    } else {
      for (const item of node.items) visit(item);
    }
  };
  visit(analysis.parsed.ast);
  return out;
}

/**
 * The symbol tree of `text`: a symbol per pair, children for nested pairs and list items; the
 * detail is the model's type when `shape` is given.
 */
export function documentSymbols(text: string, shape: Shape | undefined): DocumentSymbol[] {
  return documentSymbolsOf(analyseTree(text, shape));
}

/** `documentSymbols` for an analysis already made. */
export function documentSymbolsOf(analysis: Analysis): DocumentSymbol[] {
  const detailOf = (node: ValueNode | undefined, fallback: SymbolKind): string | undefined => {
    const shape = node === undefined ? undefined : analysis.walk?.binding(node)?.shape;
    if (shape !== undefined) return shape.name !== '' && shape.kind !== 'string' ? `${typeLabel(shape)} ${shape.name}` : typeLabel(shape);
    return fallback === 'value' && node?.type === 'scalar' ? node.value : undefined;
  };
  const childrenOf = (node: ValueNode | undefined): DocumentSymbol[] => {
    if (node === undefined || node.type === 'scalar') return [];
    if (node.type === 'object') return pairs(node);
    return node.items.map((item, index) => {
      const kind = kindOf(item);
      const detail = detailOf(item, kind);
      return {
        name: `[${index}]`,
        kind,
        ...(detail !== undefined ? { detail } : {}),
        offset: item.offset,
        length: item.length,
        selectionOffset: item.offset,
        selectionLength: Math.min(1, item.length),
        children: childrenOf(item),
      };
    });
  };
  const pairs = (node: ObjectNode): DocumentSymbol[] =>
    node.entries
      .filter((entry) => entry.key.length > 0)
      .map((entry) => {
        const kind = kindOf(entry.value, analysis.walk?.binding(entry)?.shape);
        const detail = detailOf(entry.value, kind);
        return {
          name: entry.key.name,
          kind,
          ...(detail !== undefined ? { detail } : {}),
          offset: entry.offset,
          length: entry.length,
          selectionOffset: entry.key.offset,
          selectionLength: entry.key.length,
          children: childrenOf(entry.value),
        };
      });
  return pairs(analysis.parsed.ast);
}

function kindOf(node: ValueNode | undefined, shape?: Shape): SymbolKind {
  if (shape?.kind === 'map' && node?.type === 'object') return 'map';
  if (node === undefined || node.type === 'scalar') return 'value';
  return node.type === 'object' ? 'structure' : 'list';
}
