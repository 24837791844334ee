import { type ClusterFacts, type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { Rule, RuleSeverity } from './rule-api.js';
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
export declare function runRules(active: readonly ActiveRule[], resources: ResourceSet, settings: RuleRunSettings): Diagnostic[];
/** Like runRules, but hands each finding to `emit` with the resource it is about. */
export declare function checkWithRules(active: readonly ActiveRule[], resources: ResourceSet, settings: RuleRunSettings, emit: (diagnostic: Diagnostic, resource: Resource) => void): void;
/** Fills `{{name}}` placeholders; an unknown one is left as is so tests can catch it. */
export declare function fillMessage(template: string, data?: Record<string, string | number>): string;
