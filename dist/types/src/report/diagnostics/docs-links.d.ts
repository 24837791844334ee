import type { Diagnostic } from '../../resources/index.js';
/** Where drydock's documentation lives; rule pages are `<docsBaseUrl>/rules/<id>.md` (as `ruleDocsUrl`). */
export declare const docsBaseUrl = "https://github.com/drydock-dev/drydock/blob/main/docs";
/**
 * The page that explains a diagnostic: its own `help` when that is a URL, else the rule's page, or
 * the diagnostics reference for the `schema`, `yaml/`, `api/` and `input/` namespaces.
 */
export declare function docsUrlOf(diagnostic: Pick<Diagnostic, 'ruleId' | 'help'>): string;
