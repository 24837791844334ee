import type { CatalogEntry } from './catalog-entry.js';
export type { CatalogEntry } from './catalog-entry.js';
/** An explained id: the entry, its id, and the page's URL. */
export interface DiagnosticExplanation extends CatalogEntry {
    url: string;
}
/**
 * The explanation of a diagnostic id that is not a best-practice rule: its own entry, or its
 * namespace's pattern (`kustomize/<check>`) when the docs list no codes of that namespace one by
 * one. Undefined for an id drydock never prints.
 */
export declare function explainDiagnostic(id: string): DiagnosticExplanation | undefined;
/** Every id the catalog names one by one (patterns left out), for suggestions. */
export declare function catalogIds(): string[];
