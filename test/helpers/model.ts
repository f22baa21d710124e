/** Small assertions shared by the model tests. */
import { ModelError } from '../../src/model/loaders/errors.js';
import type { Shape, StructureShape } from '../../src/model/shape.js';

/** `shape` as a structure or union; throws (failing the test) for anything else. */
export function structure(shape: Shape | undefined): StructureShape {
  if (shape?.kind !== 'structure' && shape?.kind !== 'union') throw new Error(`not a structure: ${shape?.kind}`);
  return shape;
}

/** The `ModelError` that `run` throws; fails the test when it throws nothing or something else. */
export function modelError(run: () => unknown): ModelError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}
