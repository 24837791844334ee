import { docsBaseUrl } from '../../resources/index.js';
import type { CatalogEntry } from './catalog-entry.js';
import { diagnosticCatalog } from './diagnostic-catalog.js';

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
export function explainDiagnostic(id: string): DiagnosticExplanation | undefined {
  const exact = diagnosticCatalog.find((entry) => entry.id === id);
  const slash = id.indexOf('/');
  const namespace = slash < 0 ? undefined : id.slice(0, slash + 1);
  const listsCodes = namespace !== undefined && diagnosticCatalog.some((entry) => entry.id.startsWith(namespace) && !isPattern(entry.id));
  const pattern = exact ?? (namespace === undefined || listsCodes || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? undefined : diagnosticCatalog.find((entry) => isPattern(entry.id) && entry.id.startsWith(namespace)));
  if (pattern === undefined) return undefined;
  // a code's table has no severity column: its namespace's row has it
  const severity = pattern.severity ?? (namespace === undefined ? undefined : diagnosticCatalog.find((entry) => isPattern(entry.id) && entry.id.startsWith(namespace))?.severity);
  return { ...pattern, id, ...(severity === undefined ? {} : { severity }), url: `${docsBaseUrl}/${pattern.page}` };
}

/** Every id the catalog names one by one (patterns left out), for suggestions. */
export function catalogIds(): string[] {
  return diagnosticCatalog.map((entry) => entry.id).filter((id) => !isPattern(id));
}

function isPattern(id: string): boolean {
  return id.includes('<');
}
