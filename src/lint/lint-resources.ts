import { compareDiagnostics, quoteName, type ClusterFacts, type Diagnostic, type KubernetesVersion, type ResourceSet } from '../resources/index.js';
import type { Rule } from './rule-api.js';
import type { resolveRules, RuleSettingsInput } from './rule-settings.js';
import { checkWithRules } from './run-rules.js';
import { Suppressions } from './suppressions.js';

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
  /** When given, each rule's time is added up here by id (`DRYDOCK_TIMING`). */
  timings?: Map<string, number>;
}

/**
 * Resolves the rule settings (a bad config fails here, before any work starts) and returns the
 * function that runs the configured best-practice rules over a set of resources and applies
 * suppressions (annotations, the peers' exemptions, `# drydock-disable` comments).
 */
export async function prepareLint(settings: LintSettings): Promise<(resources: ResourceSet, cluster?: ClusterFacts) => Diagnostic[]> {
  // ajv (for the rules' option schemas) loads here, so that importing the engine stays cheap
  const [all, { resolveRules }] = await Promise.all([loadRules(), import('./rule-settings.js')]);
  const active = resolveRules(all, settings);
  return (resources, cluster) => lintWith(all, active, resources, settings, cluster);
}

/** How many of an unused comment's rule names its warning shows. */
const maxNamesShown = 5;

function lintWith(all: readonly Rule<string, unknown>[], active: ReturnType<typeof resolveRules>, resources: ResourceSet, settings: LintSettings, cluster: ClusterFacts | undefined): Diagnostic[] {
  const suppressions = new Suppressions(new Map(all.map((rule) => [rule.id, rule])));
  const kept: Diagnostic[] = [];
  checkWithRules(active, resources, { ...settings, cluster }, (diagnostic, resource) => {
    if (suppressions.keeps(diagnostic, resource)) kept.push(diagnostic);
  });
  if (settings.reportUnusedDisableDirectives) {
    for (const directive of suppressions.unused(resources)) {
      // the names come from the comment (input): quoted, and a few at most
      const shown = directive.rules.slice(0, maxNamesShown).map(quoteName).join(', ');
      const more = directive.rules.length > maxNamesShown ? ` and ${directive.rules.length - maxNamesShown} more` : '';
      const names = directive.rules.length ? `${shown}${more}` : 'all rules';
      kept.push({
        ruleId: 'unused-disable-directive',
        messageId: 'unusedDirective',
        severity: 'warning',
        message: `Unused drydock-disable directive (no finding of ${names} was silenced).`,
        range: { file: directive.file, start: { line: directive.line, column: 1 }, end: { line: directive.line, column: 1 } },
      });
    }
  }
  return kept.sort(compareDiagnostics);
}
