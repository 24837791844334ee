import type { Change, Plan } from '../../plan/index.js';
import { plural, type Diagnostic } from '../../resources/index.js';
import { paletteFor, type Palette } from '../colors.js';
import { columnWidth } from '../column-width.js';
import type { PlanFormatter, PlanReport } from './plan-report.js';
import { rolloutTextLines } from './plan-rollouts.js';
import { httpRouteExplanationLines, httpRouteTextLines, routeExplanationLines, routingTextLines } from './plan-routing.js';
import { schedulingTextLines } from './plan-scheduling.js';
import { actionSymbols, describeField, objectLabel, summaryLine } from './plan-values.js';
import { escapeControlCharacters as oneLine, inertToWorkflowCommands } from '../workflow-command-escape.js';

function baseDescription(plan: Plan): string {
  if (plan.base.kind === 'none') return 'no current state given: every object is created';
  return `compared against ${plan.base.name}`;
}

function colorOf(palette: Palette, action: Change['action']): (text: string) => string {
  if (action === 'create') return palette.green;
  if (action === 'delete' || action === 'replace') return palette.red;
  if (action === 'update') return palette.yellow;
  return palette.dim;
}

function changeTable(changes: readonly Change[], palette: Palette): string[] {
  const rows = changes.map((change) => ({
    step: String(change.step),
    op: actionSymbols[change.action],
    object: oneLine(objectLabel(change)),
    namespace: oneLine(change.namespace ?? '-'),
    note: oneLine(change.reason ?? (change.rollout ? 'rollout: new pod template' : (change.notes[0] ?? ''))),
    action: change.action,
  }));
  // columnWidth, not Math.max(...rows): a plan of 200,000 objects would overflow the stack
  const width = (key: 'step' | 'op' | 'object' | 'namespace', title: string) => Math.max(title.length, columnWidth(rows.map((row) => [row[key]]), 0));
  const widths = { step: width('step', '#'), op: width('op', 'op'), object: width('object', 'object'), namespace: width('namespace', 'namespace') };
  const line = (cells: string[]) => `  ${cells.join('  ')}`.trimEnd();
  const out = [palette.bold(line(['#'.padEnd(widths.step), 'op'.padEnd(widths.op), 'object'.padEnd(widths.object), 'namespace'.padEnd(widths.namespace), 'note']))];
  for (const row of rows) {
    out.push(line([row.step.padEnd(widths.step), colorOf(palette, row.action)(row.op.padEnd(widths.op)), row.object.padEnd(widths.object), row.namespace.padEnd(widths.namespace), row.note]));
  }
  return out;
}

function changeDetails(change: Change, palette: Palette): string[] {
  const where = change.namespace ? ` (${change.namespace})` : '';
  const out = [colorOf(palette, change.action)(`${actionSymbols[change.action]} ${oneLine(`${change.kind}/${change.name}${where}`)}`)];
  for (const field of change.fields) {
    const { sign, text } = describeField(field);
    const color = sign === '+' ? palette.green : sign === '-' ? palette.red : palette.yellow;
    out.push(`    ${color(sign)} ${oneLine(text)}${field.forcesReplace ? palette.red('   # forces replacement') : ''}`);
  }
  if (change.reason) out.push(`    why: ${oneLine(change.reason)}`);
  for (const note of change.notes) out.push(`    note: ${oneLine(note)}`);
  return out;
}

/** `file:line:col  severity  message  rule`, the way the findings section lists them. */
export function findingLines(diagnostics: readonly Diagnostic[], palette: Palette): string[] {
  return diagnostics.map((d) => {
    const severity = d.severity === 'error' ? palette.red('error') : d.severity === 'warning' ? palette.yellow('warning') : palette.blue('info');
    return `  ${oneLine(d.range.file)}:${d.range.start.line}:${d.range.start.column}  ${severity}  ${oneLine(d.message)}  ${palette.dim(oneLine(d.ruleId))}`;
  });
}

/** Rollouts, scheduling and routing, each after a blank line, when the plan has them. */
function simulationLines(plan: Plan, palette: Palette): string[] {
  const simulation = plan.simulation;
  if (!simulation) return [];
  const out: string[] = [];
  for (const rollout of simulation.rollouts) out.push('', ...rolloutTextLines(rollout, palette));
  if (simulation.scheduling) {
    out.push('', palette.bold(`Cluster: ${simulation.cluster ?? 'modelled'}`), ...schedulingTextLines(simulation.scheduling, palette));
  }
  const { routing } = simulation;
  const routes = routingTextLines(routing.services, routing.ingresses, palette);
  if (routes.length > 0) out.push('', ...routes);
  if (routing.httpRoutes.matches.length > 0) out.push('', ...httpRouteTextLines(routing.httpRoutes, palette));
  if (routing.route) out.push('', ...routeExplanationLines(routing.route, palette));
  if (routing.httpRoute) out.push('', ...httpRouteExplanationLines(routing.httpRoute, palette));
  return out;
}

/**
 * The terraform-like plan for a terminal: a table in apply order, then each change's field diff.
 * Names, paths and messages are shown on one line, and the output is made inert for a GitHub
 * runner that prints it.
 */
export const planText: PlanFormatter = (report: PlanReport, options) => {
  const palette = paletteFor(options.color ?? false);
  const { plan } = report;
  const out: string[] = [];
  if (!plan) {
    out.push(palette.red('drydock plan: the manifests have errors; no plan was made (use --force to plan anyway)'), '');
    for (const item of findingLines(report.diagnostics, palette)) out.push(item);
    out.push('');
    return finish(out, options.color ?? false);
  }
  const shown = plan.changes.filter((change) => change.action !== 'unchanged');
  out.push(`drydock plan: ${plural(plan.changes.length, 'object', 'objects')}, ${baseDescription(plan)} (namespace ${plan.defaultNamespace}, Kubernetes ${report.kubernetesVersion})`, '');
  if (shown.length > 0) {
    out.push(palette.dim('Symbols:  + create   ~ update   -/+ replace   - delete'), '');
    for (const item of changeTable(shown, palette)) out.push(item);
    if (plan.summary.unchanged > 0) out.push(palette.dim(`  (${plural(plan.summary.unchanged, 'unchanged object', 'unchanged objects')} hidden)`));
    const detailed = shown.filter((change) => change.fields.length > 0 || change.notes.length > 0 || change.reason);
    for (const change of detailed) out.push('', ...changeDetails(change, palette));
  }
  if (plan.notPruned > 0) out.push('', palette.dim(`${plural(plan.notPruned, 'object of the base is not in the input; it is', 'objects of the base are not in the input; they are')} left alone (--prune plans ${plan.notPruned === 1 ? 'its' : 'their'} deletion).`));
  for (const item of simulationLines(plan, palette)) out.push(item);
  if (report.diagnostics.length > 0) out.push('', palette.bold('Findings:'), ...findingLines(report.diagnostics, palette));
  out.push('', palette.bold(summaryLine(plan.summary)), '');
  return finish(out, options.color ?? false);
};

/**
 * The lines joined and made inert. Without colour no line holds a control character of ours, so
 * any left (from a name the simulation sections print) is escaped too.
 */
function finish(lines: string[], color: boolean): string {
  return inertToWorkflowCommands(color ? lines.join('\n') : lines.map(oneLine).join('\n'));
}
