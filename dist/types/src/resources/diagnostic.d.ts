import type { JsonPath } from './json-path.js';
import type { ResourceId } from './resource-id.js';
import type { SourceRange } from './source-range.js';
export type Severity = 'error' | 'warning' | 'info';
/**
 * One finding. `ruleId` is `schema`, `api/<check>`, `yaml/<code>`, `input/<code>`
 * or a best-practice rule id.
 */
export interface Diagnostic {
    ruleId: string;
    severity: Severity;
    message: string;
    range: SourceRange;
    /** A stable id for the kind of message, for tests and ESLint's JSON (`messageId`). */
    messageId?: string;
    resource?: ResourceId;
    path?: JsonPath;
    /** A URL or one sentence on how to fix it. */
    help?: string;
}
/**
 * What makes two findings the same one: rule, severity, range and message. A base that several
 * overlays (or components) build makes its findings once per build; a reader needs each once.
 */
export declare function findingKey(d: Diagnostic): string;
/** Orders diagnostics by file, line, column, then rule id, so every formatter sees one order. */
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
