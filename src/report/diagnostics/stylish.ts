import { describeRun } from '../../resources/index.js';
import { paletteFor } from '../colors.js';
import { countSeverities, groupByFile, type DiagnosticFormatter } from './diagnostic-report.js';
import { columnWidth } from '../column-width.js';
import { oneLine } from './one-line.js';
import { escapeControlCharacters, inertToWorkflowCommands } from '../workflow-command-escape.js';

/**
 * ESLint's default look: one block per file, `line:col  severity  message  rule`, then a summary,
 * and (when the report has the run's counts) what the run checked and passed over.
 * Names and messages come from the input, so they are shown on one line and the whole output is
 * made inert for a GitHub runner that prints it.
 */
export const stylish: DiagnosticFormatter = (report, options) => {
  const c = paletteFor(options.color);
  const out: string[] = [];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push('', c.underline(escapeControlCharacters(file)));
    const rows = diagnostics.map(
      (d) =>
        [
          `${d.range.start.line}:${d.range.start.column}`,
          d.severity,
          escapeControlCharacters(oneLine(d.message)),
          escapeControlCharacters(d.ruleId),
        ] as const,
    );
    const [at, level, text] = [columnWidth(rows, 0), columnWidth(rows, 1), columnWidth(rows, 2)] as const;
    for (const [position, severityName, message, ruleId] of rows) {
      const severity = severityName === 'error' ? c.red : severityName === 'warning' ? c.yellow : c.blue;
      out.push(`  ${c.dim(position.padEnd(at))}  ${severity(severityName.padEnd(level))}  ${message.padEnd(text)}  ${c.dim(ruleId)}`);
    }
  }
  const { errors, warnings, infos } = countSeverities(report.diagnostics);
  const checked = report.counts === undefined ? undefined : describeRun(report.counts);
  if (errors + warnings + infos === 0) return checked === undefined ? '' : `${c.green('\u2714')} ${checked}\n`;
  const problems = errors + warnings;
  const summaryColor = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const notes = infos > 0 ? `, ${infos} ${infos === 1 ? 'note' : 'notes'}` : '';
  const mark = problems > 0 ? '\u2716' : '\u2139';
  out.push('', summaryColor(c.bold(`${mark} ${problems} ${problems === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${notes})`)));
  if (checked !== undefined) out.push(problems > 0 ? c.dim(checked) : `${c.green('\u2714')} ${checked}`);
  out.push('');
  return inertToWorkflowCommands(out.join('\n'));
};
