import type { JsonPath } from './json-path.js';
import { valueAt } from './json-path.js';
import type { JsonObject, Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { namespaceOf } from './namespace.js';
import { isObject } from './pod-template.js';

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
export function policyRulesOf(role: Resource): PolicyRuleRef[] {
  const rules = role.object.rules;
  if (!Array.isArray(rules)) return [];
  const out: PolicyRuleRef[] = [];
  rules.forEach((rule: unknown, index) => {
    if (isObject(rule)) out.push({ path: ['rules', index], rule });
  });
  return out;
}

function stringsAt(rule: JsonObject, field: string): string[] {
  const list = rule[field];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

// RBAC resource matching: `*`, an exact name, `pods/*` (every subresource of pods) or `*/scale` (that subresource of anything).
function resourceMatches(granted: string, wanted: string): boolean {
  if (granted === '*' || granted === wanted) return true;
  const slash = wanted.indexOf('/');
  if (slash < 0) return false;
  if (granted === `${wanted.slice(0, slash)}/*`) return true;
  return granted === `*/${wanted.slice(slash + 1)}`;
}

/** Whether a policy rule grants at least one of the verbs on at least one of the resources in one of the groups. */
export function ruleGrants(rule: JsonObject, wanted: Permission): boolean {
  const groups = stringsAt(rule, 'apiGroups');
  const resources = stringsAt(rule, 'resources');
  const verbs = stringsAt(rule, 'verbs');
  return (
    groups.some((g) => g === '*' || wanted.apiGroups.includes(g)) &&
    resources.some((r) => wanted.resources.some((w) => resourceMatches(r, w))) &&
    verbs.some((v) => v === '*' || wanted.verbs.includes(v))
  );
}

/** The kind and name a RoleBinding or ClusterRoleBinding binds, when well formed. */
export function roleRefOf(binding: Resource): { kind: string; name: string } | undefined {
  const ref = valueAt(binding.object, ['roleRef']);
  if (!isObject(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string') return undefined;
  return { kind: ref.kind, name: ref.name };
}

/** The Role or ClusterRole a binding refers to, when the input has it (a Role is looked up in the binding's namespace). */
export function boundRoleOf(binding: Resource, resources: ResourceSet, defaultNamespace: string): Resource | undefined {
  const ref = roleRefOf(binding);
  if (!ref) return undefined;
  if (ref.kind === 'ClusterRole') return resources.ofKind('ClusterRole').find((r) => r.name === ref.name);
  if (ref.kind !== 'Role' || binding.kind !== 'RoleBinding') return undefined;
  const namespace = namespaceOf(binding, defaultNamespace);
  return resources.ofKind('Role').find((r) => r.name === ref.name && namespaceOf(r, defaultNamespace) === namespace);
}

/** Whether a name matches one of the patterns: exact, or a prefix ending in `*` (`system:*`). */
export function nameMatchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}
