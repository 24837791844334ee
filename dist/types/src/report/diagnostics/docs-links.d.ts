import { type Diagnostic } from '../../resources/index.js';
/**
 * The page that explains a diagnostic: its own `help` when that is a URL, else the rule's page, or
 * the diagnostics reference for the `schema`, `yaml/`, `api/` and `input/` namespaces.
 */
export declare function docsUrlOf(diagnostic: Pick<Diagnostic, 'ruleId' | 'help'>): string;
