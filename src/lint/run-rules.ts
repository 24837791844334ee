import { internalFailure, resourceIdOf, ruleDocsUrl, safeMessageData, type ClusterFacts, type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { Rule, RuleContext, RuleReport, RuleSeverity } from './rule-api.js';

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
  /** When given, each rule's time (milliseconds, reporting included) is added up here by id. */
  timings?: Map<string, number>;
}

/**
 * Runs the rules on every resource of their kinds. A rule that throws is a bug: it becomes one
 * `internal` diagnostic naming the rule and resource, and the other rules still run.
 */
export function runRules(active: readonly ActiveRule[], resources: ResourceSet, settings: RuleRunSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkWithRules(active, resources, settings, (diagnostic) => out.push(diagnostic));
  return out;
}

/** Like runRules, but hands each finding to `emit` with the resource it is about. */
export function checkWithRules(active: readonly ActiveRule[], resources: ResourceSet, settings: RuleRunSettings, emit: (diagnostic: Diagnostic, resource: Resource) => void): void {
  const byKind = new Map<string, ActiveRule[]>();
  for (const entry of active) {
    for (const kind of entry.rule.kinds) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(entry);
  }
  // one context, updated for each call: a run on 20,000 objects makes half a million calls, and
  // rules read the context (and report) during `check` only, when `entry` is the rule checking
  let entry: ActiveRule | undefined;
  const context: RuleContext<string, unknown> = {
    resource: undefined as unknown as Resource,
    resources,
    kubernetesVersion: settings.kubernetesVersion,
    defaultNamespace: settings.defaultNamespace,
    cluster: settings.cluster,
    options: undefined,
    report: (finding) => emit(toDiagnostic(entry!, context.resource, finding), context.resource),
  };
  const { timings } = settings;
  for (const resource of resources) {
    const entries = byKind.get(resource.kind);
    if (entries === undefined) continue;
    context.resource = resource;
    for (entry of entries) {
      context.options = entry.options;
      const start = timings ? performance.now() : 0;
      try {
        entry.rule.check(context);
      } catch (error) {
        emit(internalFailure(`the rule ${entry.rule.id}`, 'ruleFailed', resource, error), resource);
      }
      if (timings) timings.set(entry.rule.id, (timings.get(entry.rule.id) ?? 0) + performance.now() - start);
    }
  }
}

function toDiagnostic(entry: ActiveRule, resource: Resource, finding: RuleReport<string>): Diagnostic {
  const template = entry.rule.messages[finding.messageId] ?? finding.messageId;
  return {
    ruleId: entry.rule.id,
    messageId: finding.messageId,
    severity: entry.severity,
    message: fillMessage(template, finding.data),
    range: resource.rangeOf(finding.path, finding.target),
    resource: idOf(resource),
    path: finding.path,
    help: docsUrlOf(entry.rule.id),
  };
}

// made once per resource and rule, not per finding: 100,000 containers give 500,000 findings
const resourceIds = new WeakMap<Resource, ReturnType<typeof resourceIdOf>>();
const docsUrls = new Map<string, string>();

function idOf(resource: Resource): ReturnType<typeof resourceIdOf> {
  let id = resourceIds.get(resource);
  if (!id) resourceIds.set(resource, (id = resourceIdOf(resource)));
  return id;
}

function docsUrlOf(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) docsUrls.set(ruleId, (url = ruleDocsUrl(ruleId)));
  return url;
}

/** Fills `{{name}}` placeholders; an unknown one is left as is so tests can catch it. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  // split at a capturing pattern: text, name, text, ..., text (so at least one text)
  const parts = partsOf(template);
  const head = parts[0]!;
  if (parts.length === 1) return head;
  let out = head;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    // values come from the input (container names, keys): escaped and cut short
    out += (name in data ? safeMessageData(String(data[name])) : `{{${name}}}`) + parts[i + 1];
  }
  return out;
}

// templates split once into text and placeholder names (text, name, text, ...): rules report
// tens of thousands of findings from a few dozen templates
const templateParts = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = templateParts.get(template);
  if (!parts) templateParts.set(template, (parts = template.split(/\{\{\s*(\w+)\s*\}\}/)));
  return parts;
}
