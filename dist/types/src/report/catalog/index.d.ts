/**
 * What `drydock rules <id>` says of ids that are not rules, from the diagnostics docs. Loaded only
 * by that command (report/index.ts's `loadDiagnosticCatalog`): the catalog is about 55 KB of code
 * that no check needs.
 */
export { catalogIds, explainDiagnostic, type CatalogEntry, type DiagnosticExplanation } from './explain-diagnostic.js';
export { closestIds } from './closest-ids.js';
