import { docsBaseUrl, ruleDocsUrl, type Diagnostic } from '../../resources/index.js';

/**
 * The page that explains a diagnostic: its own `help` when that is a URL, else the rule's page, or
 * the diagnostics reference for the `schema`, `yaml/`, `api/` and `input/` namespaces.
 */
export function docsUrlOf(diagnostic: Pick<Diagnostic, 'ruleId' | 'help'>): string {
  if (diagnostic.help !== undefined && /^https?:\/\//.test(diagnostic.help)) return diagnostic.help;
  const id = diagnostic.ruleId;
  if (id.startsWith('api/')) return `${docsBaseUrl}/diagnostics-api.md`;
  if (id.startsWith('yaml/')) return `${docsBaseUrl}/diagnostics.md#yaml-codes`;
  const isNamespaced = id === 'schema' || id.startsWith('schema/') || id.startsWith('input/');
  if (isNamespaced || id === 'internal' || id === 'unused-disable-directive') return `${docsBaseUrl}/diagnostics.md`;
  return ruleDocsUrl(id);
}
