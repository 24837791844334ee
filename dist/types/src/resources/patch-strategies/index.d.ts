/**
 * The API's strategic-merge strategies by type and field, generated from the OpenAPI specs. A
 * folder of its own so that only the kustomize build loads the table (about 95 KB of code);
 * src/resources/index.ts does not re-export it.
 */
export { patchTypeOf, fieldStrategyOf, type FieldStrategy } from './patch-strategies.js';
