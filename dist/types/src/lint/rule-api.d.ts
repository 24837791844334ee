import type { ClusterFacts, JsonPath, KubernetesVersion, RangeTarget, Resource, ResourceSet, RulePreset } from '../resources/index.js';
export { parseMetadataPattern, metadataValueMatches, type MetadataPattern, type ValueMatcher } from './metadata-pattern.js';
export { ignoreContainersOption, ignoreInitContainersOption, ruleOptions, missingObjectOptions, missingObjectOptionsWithIgnore, selectionOptions, bindingGrantOptions, type MissingObjectReportWhen, probeMissingCheck, probePortMessages, probePortCheck, unsetAmountCheck, requestNotEqualLimitCheck, } from './rule-parts.js';
/** What a rule is about; the closed list `drydock rules` groups by. */
export type RuleCategory = 'reliability' | 'security' | 'resources' | 'networking' | 'scheduling' | 'rbac' | 'configuration';
/** Severities a rule may default to. */
export type RuleSeverity = 'error' | 'warning' | 'info';
export type { RulePreset };
/** A JSON Schema for a rule's options (every property with a `description`). */
export interface OptionsSchema {
    type: 'object';
    additionalProperties: false;
    properties: Record<string, {
        description: string;
        [keyword: string]: unknown;
    }>;
}
/** What the peer linters call the same check, so their exemption annotations are honoured. */
export interface PeerChecks {
    kubeLinter?: string;
    kubeScore?: string;
    polaris?: string;
}
/** One finding, as a rule reports it: a message id, data for its placeholders, and a JSON path. */
export interface RuleReport<MessageId extends string> {
    messageId: MessageId;
    path: JsonPath;
    target?: RangeTarget;
    data?: Record<string, string | number>;
}
/** Everything a rule may look at. Rules read nothing else: no files, no clock, no console. */
export interface RuleContext<MessageId extends string, Options> {
    resource: Resource;
    /** The whole input, for cross-resource rules. */
    resources: ResourceSet;
    kubernetesVersion: KubernetesVersion;
    /** The namespace of objects that name none (config `namespace`, `--namespace`). */
    defaultNamespace: string;
    options: Options;
    /** What the configured cluster model (`cluster:` in the config, `--cluster`) says; absent without one. */
    cluster?: ClusterFacts;
    report(finding: RuleReport<MessageId>): void;
}
/** A best-practice rule: metadata (which is also its documentation) and a pure `check`. */
export interface Rule<MessageId extends string = string, Options = unknown> {
    id: string;
    summary: string;
    rationale: string;
    fix: string;
    category: RuleCategory;
    severity: RuleSeverity;
    /** Kinds the rule looks at; `check` is only called for these. */
    kinds: readonly string[];
    preset: RulePreset;
    messages: Record<MessageId, string>;
    options?: {
        schema: OptionsSchema;
        defaults: Options;
    };
    peers?: PeerChecks;
    /** Where drydock deliberately differs from a peer's check of the same concept (Markdown). */
    peerDifferences?: string;
    links?: readonly string[];
    check(context: RuleContext<MessageId, Options>): void;
}
/** Declares a rule; message ids are inferred from `messages`, so a typo in `report` does not compile. */
export declare function defineRule<MessageId extends string, Options = Record<string, never>>(rule: Rule<MessageId, Options>): Rule<MessageId, Options>;
