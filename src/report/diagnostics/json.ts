import path from 'node:path';
import type { Diagnostic, ResourceId } from '../../resources/index.js';
import type { DiagnosticFormatter } from './diagnostic-report.js';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  /** The object the message is about (kubeconform's fields); absent for a message about the file. */
  object?: { apiVersion: string; kind: string; namespace?: string; name: string };
}

/**
 * ESLint's JSON shape, so tools that read ESLint output read ours: one entry per input file
 * (files without findings too) with absolute `filePath`. Info notes are not problems and are left
 * out. Beside ESLint's fields, a message about an object names it in `object`.
 */
export const json: DiagnosticFormatter = (report) => {
  const byFile = new Map<string, Diagnostic[]>(report.files.map((f) => [f, []]));
  for (const d of report.diagnostics) {
    if (d.severity === 'info') continue;
    const list = byFile.get(d.range.file);
    if (list) list.push(d);
    else byFile.set(d.range.file, [d]);
  }
  const results = [...byFile].map(([file, diagnostics]) => {
    const messages: EslintMessage[] = diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity === 'error' ? 2 : 1,
      message: d.message,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      ...(d.messageId ? { messageId: d.messageId } : {}),
      ...(d.resource ? { object: objectOf(d.resource) } : {}),
    }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: file === '<stdin>' ? '<stdin>' : path.resolve(report.cwd, file),
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return `${JSON.stringify(results)}\n`;
};

/** `{apiVersion, kind, namespace, name}` in that order, without `namespace` when the object names none. */
function objectOf(id: ResourceId): NonNullable<EslintMessage['object']> {
  return id.namespace === undefined ? { apiVersion: id.apiVersion, kind: id.kind, name: id.name } : { apiVersion: id.apiVersion, kind: id.kind, namespace: id.namespace, name: id.name };
}
