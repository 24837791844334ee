import { type ClusterFacts, type Diagnostic, type KubernetesVersion, type ResourceSet } from '../resources/index.js';
import type { Rule } from './rule-api.js';
import type { RuleSettingsInput } from './rule-settings.js';
/** Every registered rule; the registry (and so every rule module) loads on first use. */
export declare function loadRules(): Promise<readonly Rule<string, unknown>[]>;
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
export declare function prepareLint(settings: LintSettings): Promise<(resources: ResourceSet, cluster?: ClusterFacts) => Diagnostic[]>;
