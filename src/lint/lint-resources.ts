import { compareDiagnostics, type ClusterFacts, type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { Rule } from './rule-api.js';
import { resolveRules, type RuleSettingsInput } from './rule-settings.js';
import { runRules } from './run-rules.js';
import { applySuppressions } from './suppressions.js';

/** Every registered rule; the registry (and so every rule module) loads on first use. */
export async function loadRules(): Promise<readonly Rule<string, unknown>[]> {
  const registry = await import('../../rules/index.js');
  return registry.rules;
}

/** How to lint: the rule settings and the run-wide facts rules see. */
export interface LintSettings extends RuleSettingsInput {
  kubernetesVersion: KubernetesVersion;
  defaultNamespace: string;
  reportUnusedDisableDirectives?: boolean;
}

/**
 * Runs the configured best-practice rules over the resources and applies suppressions
 * (annotations, the peers' exemptions, `# drydock-disable` comments).
 */
export async function lintResources(resources: ResourceSet, settings: LintSettings): Promise<Diagnostic[]> {
  return (await prepareLint(settings))(resources);
}

/**
 * Resolves the rule settings (a bad config fails here, before any work starts) and returns the
 * function that lints a set of resources with them.
 */
export async function prepareLint(settings: LintSettings): Promise<(resources: ResourceSet, cluster?: ClusterFacts) => Diagnostic[]> {
  const all = await loadRules();
  const active = resolveRules(all, settings);
  return (resources, cluster) => lintWith(all, active, resources, settings, cluster);
}

function lintWith(all: readonly Rule<string, unknown>[], active: ReturnType<typeof resolveRules>, resources: ResourceSet, settings: LintSettings, cluster: ClusterFacts | undefined): Diagnostic[] {
  const found = runRules(active, resources, { ...settings, cluster });
  const byId = new Map(all.map((rule) => [rule.id, rule]));
  const owners = new Map<string, Resource>();
  for (const resource of resources) owners.set(ownerKey(resource.source.file, resource.kind, resource.name, resource.namespace), resource);
  const resourceOf = (d: Diagnostic) => (d.resource ? owners.get(ownerKey(d.range.file, d.resource.kind, d.resource.name, d.resource.namespace)) : undefined);
  const { kept, unused } = applySuppressions(found, resources, resourceOf, byId);
  if (settings.reportUnusedDisableDirectives) {
    for (const directive of unused) {
      const names = directive.rules.length ? directive.rules.join(', ') : 'all rules';
      kept.push({
        ruleId: 'unused-disable-directive',
        messageId: 'unusedDirective',
        severity: 'warning',
        message: `Unused drydock-disable directive (no finding of ${names} was silenced).`,
        range: { file: directive.resource.source.file, start: { line: directive.line, column: 1 }, end: { line: directive.line, column: 1 } },
      });
    }
  }
  return kept.sort(compareDiagnostics);
}

function ownerKey(file: string, kind: string, name: string, namespace: string | undefined): string {
  return `${file}\u0000${kind}\u0000${namespace ?? ''}\u0000${name}`;
}
