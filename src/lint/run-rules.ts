import { formatResourceId, resourceIdOf, type ClusterFacts, type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { Rule, RuleReport, RuleSeverity } from './rule-api.js';

/** A rule as configured for one run: its level and validated options. */
export interface ActiveRule {
  rule: Rule;
  severity: RuleSeverity;
  options: unknown;
}

/** The run-wide facts every rule sees. */
export interface RuleRunSettings {
  kubernetesVersion: KubernetesVersion;
  defaultNamespace: string;
  cluster?: ClusterFacts;
}

/** Where a rule's documentation lives, for `help` links. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/drydock-dev/drydock/blob/main/docs/rules/${id}.md`;
}

/**
 * Runs the rules on every resource of their kinds. A rule that throws is a bug: it becomes one
 * `internal` diagnostic naming the rule and resource, and the other rules still run.
 */
export function runRules(active: readonly ActiveRule[], resources: ResourceSet, settings: RuleRunSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byKind = new Map<string, ActiveRule[]>();
  for (const entry of active) {
    for (const kind of entry.rule.kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(entry);
  }
  for (const resource of resources) {
    for (const entry of byKind.get(resource.kind) ?? []) {
      try {
        entry.rule.check({
          resource,
          resources,
          kubernetesVersion: settings.kubernetesVersion,
          defaultNamespace: settings.defaultNamespace,
          cluster: settings.cluster,
          options: entry.options,
          report: (finding) => out.push(toDiagnostic(entry, resource, finding)),
        });
      } catch (error) {
        out.push(ruleFailure(entry.rule, resource, error));
      }
    }
  }
  return out;
}

function toDiagnostic(entry: ActiveRule, resource: Resource, finding: RuleReport<string>): Diagnostic {
  const template = entry.rule.messages[finding.messageId] ?? finding.messageId;
  return {
    ruleId: entry.rule.id,
    messageId: finding.messageId,
    severity: entry.severity,
    message: fillMessage(template, finding.data),
    range: resource.rangeOf(finding.path, finding.target),
    resource: resourceIdOf(resource),
    path: finding.path,
    help: ruleDocsUrl(entry.rule.id),
  };
}

/** Fills `{{name}}` placeholders; an unknown one is left as is so tests can catch it. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function ruleFailure(rule: Rule, resource: Resource, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal',
    messageId: 'ruleFailed',
    severity: 'error',
    message: `the rule ${rule.id} failed on ${formatResourceId(resource)}: ${reason} (this is a bug in drydock)`,
    range: resource.rangeOf([]),
    resource: resourceIdOf(resource),
  };
}
