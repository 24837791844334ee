import type { Change, FieldChange, SchedulingResult, Simulation } from '../../plan/index.js';
import type { Diagnostic } from '../../resources/index.js';
import type { PlanFormatter } from './plan-report.js';
import { rolloutJsonValue } from './plan-rollouts.js';
import { routeExplanationJson, routingJsonValue } from './plan-routing.js';

/** The version of the plan JSON (docs/plan-json.md); bumped only on incompatible changes. */
export const planJsonVersion = 1;

function jsonField(field: FieldChange): Record<string, unknown> {
  const out: Record<string, unknown> = { path: field.path };
  if ('before' in field) out.before = field.before;
  if ('after' in field) out.after = field.after;
  if (field.sensitive) out.sensitive = true;
  if (field.forcesReplace) out.forcesReplace = true;
  return out;
}

// only what docs/plan-json.md documents: never the objects themselves (a Secret's data is in them)
function jsonChange(change: Change): Record<string, unknown> {
  const source = change.desired ? change.desired.rangeOf(change.path ?? []) : undefined;
  return {
    step: change.step,
    action: change.action,
    apiVersion: change.apiVersion,
    kind: change.kind,
    namespace: change.namespace ?? null,
    name: change.name,
    fields: change.fields.map(jsonField),
    reason: change.reason ?? null,
    rollout: change.rollout,
    notes: change.notes,
    ...(change.previousApiVersion ? { previousApiVersion: change.previousApiVersion } : {}),
    source: source ? { file: source.file, line: source.start.line, column: source.start.column } : null,
  };
}

function jsonDiagnostic(d: Diagnostic): Record<string, unknown> {
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.range.file, line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column };
}

function schedulingJson(result: SchedulingResult): Record<string, unknown> {
  const owner = (o: { kind: string; name: string; namespace: string }) => ({ kind: o.kind, namespace: o.namespace, name: o.name });
  return {
    placements: result.placements.map((p) => ({ pod: p.pod, namespace: p.namespace, owner: owner(p.owner), node: p.node })),
    pending: result.pending.map((p) => {
      const range = p.source?.rangeOf(p.path ?? ['spec']);
      return { pod: p.pod, namespace: p.namespace, owner: owner(p.owner), reason: p.reason, message: p.message, hint: p.hint, source: range ? { file: range.file, line: range.start.line, column: range.start.column } : null };
    }),
    nodes: result.nodes.map((n) => ({ name: n.name, allocatable: n.allocatable, requested: n.requested, pods: n.pods })),
  };
}

function simulationJson(simulation: Simulation): Record<string, unknown> {
  const { routing } = simulation;
  const out: Record<string, unknown> = {
    cluster: simulation.cluster ?? null,
    scheduling: simulation.scheduling ? schedulingJson(simulation.scheduling) : null,
    routing: routingJsonValue(routing.services, routing.ingresses, routing.httpRoutes),
    rollouts: simulation.rollouts.map(rolloutJsonValue),
  };
  if (routing.route) out.route = routeExplanationJson(routing.route, routing.httpRoute);
  return out;
}

/** The plan as versioned JSON, for the Action's `plan-json` output and other tools. */
export const planJson: PlanFormatter = (report) => {
  const { plan } = report;
  const out: Record<string, unknown> = {
    version: planJsonVersion,
    kubernetesVersion: report.kubernetesVersion,
    planned: plan !== undefined,
  };
  if (plan) {
    out.base = plan.base;
    out.defaultNamespace = plan.defaultNamespace;
    out.summary = plan.summary;
    out.changes = plan.changes.map(jsonChange);
    out.order = plan.changes.filter((c) => c.action !== 'unchanged').map((c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${c.name}`);
    out.notPruned = plan.notPruned;
    if (plan.simulation) Object.assign(out, simulationJson(plan.simulation));
  }
  out.diagnostics = report.diagnostics.map(jsonDiagnostic);
  return `${JSON.stringify(out, null, 2)}\n`;
};
