import type { Rollout, RolloutParameters, RolloutStep } from '../../plan/index.js';
import { formatPath } from '../../resources/index.js';
import type { Palette } from '../colors.js';
import { escapeMarkdown } from '../markdown-escape.js';

/** The parameters of a rollout as the summary line shows them. */
function parameterText(parameters: RolloutParameters): string {
  const parts: string[] = [];
  const from = parameters.from ?? 0;
  if (parameters.replicas !== undefined) parts.push(from === parameters.replicas ? `replicas ${from}` : `replicas ${from} → ${parameters.replicas}`);
  if (parameters.nodeCount !== undefined) parts.push(`${parameters.nodeCount} ${parameters.nodeCount === 1 ? 'node' : 'nodes'}`);
  if (parameters.maxSurge !== undefined) parts.push(`maxSurge ${parameters.maxSurge}`);
  if (parameters.maxUnavailable !== undefined) parts.push(`maxUnavailable ${parameters.maxUnavailable}`);
  if (parameters.partition) parts.push(`partition ${parameters.partition}`);
  if (parameters.podManagementPolicy !== undefined) parts.push(parameters.podManagementPolicy);
  if (parameters.minReadySeconds !== undefined) parts.push(`minReadySeconds ${parameters.minReadySeconds}`);
  if (parameters.progressDeadlineSeconds !== undefined) parts.push(`deadline ${parameters.progressDeadlineSeconds}s`);
  return parts.join(', ');
}

function title(rollout: Rollout): string {
  const what = rollout.isCreate ? 'create' : rollout.strategy;
  const parameters = parameterText(rollout.parameters);
  return `rollout ${rollout.kind}/${rollout.name} (${rollout.namespace}): ${what}${parameters ? ` (${parameters})` : ''}`;
}

function podCounts(step: RolloutStep, rollout: Rollout): string {
  const max = step.total === rollout.maxTotal && step.total > (rollout.parameters.from ?? 0) ? ` (max ${rollout.maxTotal})` : '';
  return `pods: old ${step.old}, new ${step.new}, available ${step.oldAvailable + step.newAvailable}${max}`;
}

/**
 * A rollout as numbered steps for the terminal, each with its Pod counts, then the stall, the
 * downtime window, notes and findings.
 */
export function rolloutTextLines(rollout: Rollout, palette: Palette): string[] {
  const out = [palette.bold(title(rollout))];
  const numbered = (step: RolloutStep, index: number) => `    ${index + 1}. ${step.action}`;
  const width = Math.max(0, ...rollout.steps.map((step, index) => numbered(step, index).length)) + 3;
  rollout.steps.forEach((step, index) => {
    const line = `${numbered(step, index).padEnd(width)}${palette.dim(podCounts(step, rollout))}`;
    out.push(rollout.stall?.step === index + 1 ? `${line}\n      ${palette.red(`stalls here: ${rollout.stall.reason}`)}` : line);
  });
  if (rollout.downtime) {
    const { fromStep, toStep } = rollout.downtime;
    out.push(`    ${palette.yellow(`downtime: no Pod is available during step${fromStep === toStep ? ` ${fromStep}` : `s ${fromStep}–${toStep}`}`)}`);
  }
  for (const note of rollout.notes) out.push(`    note: ${note}`);
  // the stall line already says what surge-does-not-fit says
  for (const finding of rollout.findings.filter((f) => f.code !== 'surge-does-not-fit')) {
    const severity = finding.severity === 'error' ? palette.red('error') : finding.severity === 'warning' ? palette.yellow('warning') : palette.blue('info');
    out.push(`    ${severity}: ${finding.message}`);
  }
  return out.flatMap((line) => line.split('\n'));
}

/** A rollout as a Markdown table of steps (for the plan's job summary). */
export function rolloutMarkdownLines(rollout: Rollout): string[] {
  const out = [`**${escapeMarkdown(title(rollout))}**`, ''];
  if (rollout.steps.length > 0) {
    out.push('| # | Step | Old (available) | New (available) | Pods |', '|---|---|---|---|---|');
    rollout.steps.forEach((step, index) => {
      const stall = rollout.stall?.step === index + 1 ? ' ⛔ stalls here' : '';
      out.push(`| ${index + 1} | ${escapeMarkdown(step.action)}${stall} | ${step.old} (${step.oldAvailable}) | ${step.new} (${step.newAvailable}) | ${step.total} |`);
    });
    out.push('');
  }
  const bullets: string[] = [];
  if (rollout.stall) bullets.push(`⛔ Stalls at step ${rollout.stall.step}: ${rollout.stall.reason}.`);
  if (rollout.downtime) bullets.push(`⚠️ Downtime: no Pod is available during steps ${rollout.downtime.fromStep}–${rollout.downtime.toStep}.`);
  for (const item of rollout.notes) bullets.push(item);
  for (const item of rollout.findings.filter((f) => f.code !== 'surge-does-not-fit').map((f) => `${f.severity === 'info' ? 'ℹ️' : '⚠️'} ${f.message}`)) bullets.push(item);
  if (bullets.length > 0) {
    for (const item of bullets.map((b) => `- ${escapeMarkdown(b)}`)) out.push(item); out.push('');
  }
  return out;
}

/** A rollout as plain JSON for the plan JSON's `rollouts` key (no objects, positioned findings). */
export function rolloutJsonValue(rollout: Rollout): Record<string, unknown> {
  return {
    kind: rollout.kind, namespace: rollout.namespace, name: rollout.name, create: rollout.isCreate,
    strategy: rollout.strategy, parameters: rollout.parameters,
    steps: rollout.steps.map(({ kind, action, old, oldAvailable, new: fresh, newAvailable, total }) => ({ kind, action, old, oldAvailable, new: fresh, newAvailable, total })),
    minAvailable: rollout.minAvailable, maxTotal: rollout.maxTotal,
    downtime: rollout.downtime ?? null, stall: rollout.stall ?? null, notes: rollout.notes,
    findings: rollout.findings.map((f) => {
      const range = f.resource.rangeOf(f.path);
      return { code: f.code, severity: f.severity, message: f.message, path: formatPath(f.path), file: range.file, line: range.start.line, column: range.start.column };
    }),
  };
}
