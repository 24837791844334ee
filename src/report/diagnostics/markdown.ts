import type { Diagnostic } from '../../resources/index.js';
import { countSeverities, groupByFile, type DiagnosticFormatter, type DiagnosticReport } from './diagnostic-report.js';
import { docsUrlOf } from './docs-links.js';
import { codeSpan, escapeMarkdown, linkDestination } from '../markdown-escape.js';

/** GitHub's limit for one step's job summary, the default budget of the Markdown report. */
export const defaultMarkdownMaxBytes = 1024 * 1024;

const tableHead = '| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |\n';

/**
 * A Markdown report for pull-request comments and job summaries: a summary line, then a table per
 * file. It stays within `options.maxBytes` (default 1 MiB) by dropping the last rows and saying how
 * many were left out.
 */
export const markdown: DiagnosticFormatter = (report, options) => {
  const maxBytes = options.maxBytes ?? defaultMarkdownMaxBytes;
  const head = `${summaryLine(report)}\n`;
  const sections = [...groupByFile(report.diagnostics)].map(([file, diagnostics]) => ({
    heading: `\n#### ${codeSpan(file)}\n\n${tableHead}`,
    rows: diagnostics.map(row),
  }));
  const full = head + sections.map((s) => s.heading + s.rows.join('')).join('');
  if (byteLength(full) <= maxBytes) return full;

  const total = report.diagnostics.length;
  // the note is sized for the largest count it can show, so it always fits in what was kept for it
  const reserve = byteLength(truncationNote(total, total, maxBytes));
  let out = head;
  let used = byteLength(head);
  let shown = 0;
  outer: for (const section of sections) {
    const headingBytes = byteLength(section.heading);
    for (const [index, text] of section.rows.entries()) {
      const cost = byteLength(text) + (index === 0 ? headingBytes : 0);
      if (used + cost + reserve > maxBytes) break outer;
      out += index === 0 ? section.heading + text : text;
      used += cost;
      shown++;
    }
  }
  return out + truncationNote(total - shown, total, maxBytes);
};

function summaryLine(report: DiagnosticReport): string {
  const { errors, warnings, infos } = countSeverities(report.diagnostics);
  const checked = plural(report.files.length, 'file');
  if (errors + warnings + infos === 0) return `**drydock** found no problems in ${checked}.`;
  const parts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
    infos > 0 ? plural(infos, 'note') : '',
  ].filter(Boolean);
  const found = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  const withFindings = groupByFile(report.diagnostics).size;
  return `**drydock** found ${found} in ${withFindings} of ${checked}.`;
}

function row(d: Diagnostic): string {
  const where = `${d.range.start.line}:${d.range.start.column}`;
  const rule = `[${escapeMarkdown(d.ruleId)}](${linkDestination(docsUrlOf(d))})`;
  return `| ${where} | ${d.severity} | ${rule} | ${escapeMarkdown(d.message)} |\n`;
}

function truncationNote(hidden: number, total: number, maxBytes: number): string {
  const limit = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KiB` : `${maxBytes} bytes`;
  return `\n> [!NOTE]\n> Report truncated to stay under ${limit}: ${hidden} of ${plural(total, 'finding')} not shown. Run drydock with \`--format json\` or \`--format sarif\` for the full list.\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
