import path from 'node:path';
import type { Diagnostic, Severity } from '../../resources/index.js';
import type { DiagnosticFormatter } from './diagnostic-report.js';
import { escapeCommandData, escapeCommandProperty } from '../workflow-command-escape.js';

const commandOf: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one line per diagnostic: `::error file=…,line=…::message`.
 * GitHub shows them as annotations on the run and, for files in the pull request, inline.
 */
export const github: DiagnosticFormatter = (report) =>
  report.diagnostics.map((d) => `${workflowCommand(d, report.cwd)}\n`).join('');

/** One diagnostic as a workflow command; `file` is relative to `cwd` (the repository root) with `/`. */
function workflowCommand(diagnostic: Diagnostic, cwd: string): string {
  const { file, start, end } = diagnostic.range;
  const properties: [string, string | number][] = [];
  if (file !== '<stdin>') properties.push(['file', repoPath(file, cwd)]);
  properties.push(['line', start.line]);
  // the runner drops columns on multi-line spans, so those are marked by lines alone
  if (end.line === start.line) properties.push(['col', start.column], ['endLine', end.line], ['endColumn', end.column]);
  else properties.push(['endLine', end.line]);
  properties.push(['title', diagnostic.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(',');
  return `::${commandOf[diagnostic.severity]} ${list}::${escapeCommandData(diagnostic.message)}`;
}

function repoPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const isInside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (isInside ? relative : file).split(path.sep).join('/');
}
