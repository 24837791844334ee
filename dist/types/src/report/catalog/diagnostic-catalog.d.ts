import type { CatalogEntry } from './catalog-entry.js';
/** Every diagnostic id drydock documents besides the best-practice rules, and namespace patterns (`plan/<code>`). */
export declare const diagnosticCatalog: readonly CatalogEntry[];
