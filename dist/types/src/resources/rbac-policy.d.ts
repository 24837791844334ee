import type { JsonPath } from './json-path.js';
import type { JsonObject, Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
/** One rule of a Role or ClusterRole, with its path. */
export interface PolicyRuleRef {
    path: JsonPath;
    rule: JsonObject;
}
/** What a permission check asks for: any of these API groups, resources and verbs. */
export interface Permission {
    apiGroups: readonly string[];
    resources: readonly string[];
    verbs: readonly string[];
}
/** The rules of a Role or ClusterRole (`rules[]`), skipping malformed entries. */
export declare function policyRulesOf(role: Resource): PolicyRuleRef[];
/** Whether a policy rule grants at least one of the verbs on at least one of the resources in one of the groups. */
export declare function ruleGrants(rule: JsonObject, wanted: Permission): boolean;
/** The kind and name a RoleBinding or ClusterRoleBinding binds, when well formed. */
export declare function roleRefOf(binding: Resource): {
    kind: string;
    name: string;
} | undefined;
/** The Role or ClusterRole a binding refers to, when the input has it (a Role is looked up in the binding's namespace). */
export declare function boundRoleOf(binding: Resource, resources: ResourceSet, defaultNamespace: string): Resource | undefined;
/** Whether a name matches one of the patterns: exact, or a prefix ending in `*` (`system:*`). */
export declare function nameMatchesAny(name: string, patterns: readonly string[]): boolean;
