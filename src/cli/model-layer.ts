/** The parts of the model layer the `parse` command needs, as one lazily imported module. */
export { analyzeShorthand } from '../model/api.js';
export { formatValidationReport } from '../model/errors.js';
export { ModelError } from '../model/loaders/errors.js';
export { ModelRegistry } from '../model/registry.js';
