/**
 * The one JMESPath engine of the command line: the `jmespath` package, as botocore uses the
 * Python one for `--query`, waiter acceptors and paginator token and result keys. It is loaded
 * on first need (a command without `--query`, paging or waiting never pays for it), then kept.
 */
import { importPackage } from '../import-package.js';

/** A JMESPath engine: compile (throws on a bad expression) and search. */
export interface QueryEngine {
  compile(expression: string): unknown;
  search(data: unknown, expression: string): unknown;
}

let loaded: QueryEngine | undefined;

/** Load the engine (once); resolves to it. */
export async function loadQueryEngine(): Promise<QueryEngine> {
  if (loaded === undefined) {
    const module = (await importPackage('jmespath')) as { default?: QueryEngine } & QueryEngine;
    loaded = module.default ?? module;
  }
  return loaded;
}

/** The engine, which `loadQueryEngine` must have loaded; for synchronous code on a path that awaited it. */
export function loadedQueryEngine(): QueryEngine {
  if (loaded === undefined) throw new Error('the JMESPath engine is used before loadQueryEngine() resolved');
  return loaded;
}
