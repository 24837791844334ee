import type { Change, Plan } from '../../plan/index.js';
import { plural, type Diagnostic } from '../../resources/index.js';
import { codeSpan, escapeMarkdown, longestBacktickRun } from '../markdown-escape.js';
import type { PlanFormatter } from './plan-report.js';
import { rolloutMarkdownLines } from './plan-rollouts.js';
import { routingMarkdownLines } from './plan-routing.js';
import { schedulingMarkdownLines } from './plan-scheduling.js';
import { actionSymbols, describeField, formatValue, objectLabel, summaryLine } from './plan-values.js';
import { escapeControlCharacters, inertToWorkflowCommands } from '../workflow-command-escape.js';

/** GitHub's job summary and comment limit is 1 MiB; stay below it with room for a note. */
export const maxMarkdownBytes = 1024 * 1024 - 4096;

function fence(lines: readonly string[]): string[] {
  let longest = 2;
  for (const line of lines) longest = Math.max(longest, longestBacktickRun(line));
  const marks = '`'.repeat(longest + 1);
  return [`${marks}diff`, ...lines, marks];
}

function details(change: Change): string[] {
  const where = change.namespace ? ` (${change.namespace})` : '';
  // GitHub colours `-` and `+` lines of a diff block: a changed value is shown as both
  const lines = change.fields.flatMap((field) => {
    const forces = field.forcesReplace ? '   # forces replacement' : '';
    if (!field.sensitive && 'before' in field && 'after' in field) {
      const path = escapeControlCharacters(field.path);
      return [`- ${path}: ${formatValue(field.before)}`, `+ ${path}: ${formatValue(field.after)}${forces}`];
    }
    const { sign, text } = describeField(field);
    return [`${sign === '~' ? '!' : sign} ${escapeControlCharacters(text)}${forces}`];
  });
  const out = [`<details><summary><code>${actionSymbols[change.action]}</code> ${escapeMarkdown(`${change.kind}/${change.name}${where}`)}</summary>`, ''];
  if (lines.length > 0) {
    for (const item of fence(lines)) out.push(item); out.push('');
  }
  if (change.reason) out.push(`**Replaced:** ${escapeMarkdown(change.reason)}`, '');
  for (const note of change.notes) out.push(`- ${escapeMarkdown(note)}`);
  if (change.notes.length > 0) out.push('');
  out.push('</details>', '');
  return out;
}

function findings(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const out = ['### Findings', '', '| | Where | Message | Rule |', '|---|---|---|---|'];
  for (const d of diagnostics) {
    const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
    out.push(`| ${icon} | ${codeSpan(`${d.range.file}:${d.range.start.line}:${d.range.start.column}`)} | ${escapeMarkdown(d.message)} | ${codeSpan(d.ruleId)} |`);
  }
  out.push('');
  return out;
}

function table(plan: Plan): string[] {
  const shown = plan.changes.filter((change) => change.action !== 'unchanged');
  if (shown.length === 0) return [];
  const out = ['| # | Op | Object | Namespace | Note |', '|---:|:---:|---|---|---|'];
  for (const change of shown) {
    const note = change.reason ?? (change.rollout ? 'rollout: new pod template' : (change.notes[0] ?? ''));
    out.push(`| ${change.step} | ${codeSpan(actionSymbols[change.action])} | ${escapeMarkdown(objectLabel(change))} | ${escapeMarkdown(change.namespace ?? '-')} | ${escapeMarkdown(note)} |`);
  }
  if (plan.summary.unchanged > 0) out.push('', `_${plural(plan.summary.unchanged, 'unchanged object', 'unchanged objects')} hidden._`);
  out.push('');
  return out;
}

/** Joins sections until the byte budget is spent, then says what was left out. */
export function withinBudget(sections: readonly string[][], budget = maxMarkdownBytes): string {
  const out: string[] = [];
  let bytes = 0;
  for (const [i, section] of sections.entries()) {
    const text = section.join('\n');
    const size = Buffer.byteLength(text, 'utf8') + 1;
    if (bytes + size > budget) {
      out.push(`_The plan was cut here to stay under GitHub's 1 MiB limit: ${sections.length - i} more sections left out. Run \`drydock plan\` locally for all of it._`);
      break;
    }
    out.push(text);
    bytes += size;
  }
  // diff blocks show paths and values as they are: made inert, as the report may reach a CI log
  return inertToWorkflowCommands(`${out.join('\n')}\n`);
}

/** The plan for a pull-request comment or a job summary: summary heading, table, collapsible diffs. */
export const planMarkdown: PlanFormatter = (report) => {
  const { plan } = report;
  if (!plan) {
    return withinBudget([['## drydock plan: not made', '', 'The manifests have errors; fix them (or run with `--force`) to get a plan.', ''], findings(report.diagnostics)]);
  }
  const base = plan.base.kind === 'none' ? 'no current state (everything is created)' : escapeMarkdown(plan.base.name ?? plan.base.kind);
  const head = [`## ${escapeMarkdown(summaryLine(plan.summary))}`, '', `Compared against ${base}; namespace ${codeSpan(plan.defaultNamespace)}; Kubernetes ${report.kubernetesVersion}.`, ''];
  const sections: string[][] = [head, table(plan)];
  if (plan.notPruned > 0) sections.push([`_${plural(plan.notPruned, 'object of the base is not in the input and is', 'objects of the base are not in the input and are')} left alone (\`--prune\` plans ${plan.notPruned === 1 ? 'its' : 'their'} deletion)._`, '']);
  sections.push(findings(report.diagnostics));
  for (const change of plan.changes) {
    if (change.action !== 'unchanged' && (change.fields.length > 0 || change.notes.length > 0 || change.reason)) sections.push(details(change));
  }
  const simulation = plan.simulation;
  if (simulation) {
    if (simulation.rollouts.length > 0) sections.push(['### Rollouts', '']);
    for (const rollout of simulation.rollouts) sections.push([...rolloutMarkdownLines(rollout), '']);
    if (simulation.scheduling) sections.push([`_Cluster: ${escapeMarkdown(simulation.cluster ?? 'modelled')}_`, '', ...schedulingMarkdownLines(simulation.scheduling)]);
    const routes = routingMarkdownLines(simulation.routing.services, simulation.routing.ingresses);
    if (routes.length > 0) sections.push(['### Routing', '', ...routes, '']);
  }
  return withinBudget(sections);
};
