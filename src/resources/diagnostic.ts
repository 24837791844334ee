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
export function findingKey(d: Diagnostic): string {
  return `${d.ruleId}\0${d.severity}\0${d.range.file}\0${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}\0${d.message}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, line, column, then rule id, so every formatter sees one order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.range.file, b.range.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
