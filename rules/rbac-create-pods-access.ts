import { defineRule, bindingGrantOptions } from '../src/lint/rule-api.js';
import { boundRoleOf, nameMatchesAny, policyRulesOf, roleRefOf, ruleGrants, roleBindingKinds } from '../src/resources/index.js';

// The resources whose creation starts Pods, by API group.
const podCreators: readonly (readonly [group: string, resource: string])[] = [
  ['', 'pods'],
  ['', 'replicationcontrollers'],
  ['apps', 'deployments'],
  ['apps', 'replicasets'],
  ['apps', 'statefulsets'],
  ['apps', 'daemonsets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
];

// Default ClusterRoles that may create workloads in the namespaces they are bound for; cluster-admin is left to cluster-admin-binding.
const builtInCreatorRoles = ['admin', 'edit'];

export default defineRule({
  id: 'rbac-create-pods-access',
  summary: 'Bindings do not let their subjects create Pods or the workloads that start them.',
  rationale:
    'Whoever may create a Pod, or a Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job or CronJob that starts one, chooses what runs in it: any image, any service account of the namespace (and so its token and permissions), and any Secret or ConfigMap of the namespace mounted as a volume. ' +
    'Unless admission policies restrict it, that permission is worth as much as every credential in the namespace, and it is a common step in privilege escalation.\n\n' +
    'drydock reports a RoleBinding or ClusterRoleBinding whose role, found in the input, allows one of `verbs` on one of these resources in its API group (directly or through `*`), and, with `checkBuiltInRoles`, bindings of the default `admin` and `edit` ClusterRoles (`cluster-admin` is reported by `cluster-admin-binding`). ' +
    'Bindings named `system:*` and those in `ignoreBindings` are exempt: controllers and deployment tools need this permission, so list their bindings there.',
  fix: 'Remove `create` on Pods and workload resources from the bound role, or bind it only to the controller or deployment tool that needs it and list that binding in `ignoreBindings`.',
  category: 'rbac',
  severity: 'warning',
  kinds: roleBindingKinds,
  preset: 'all',
  messages: {
    grantsCreate: '{{kind}} "{{binding}}" lets its subjects create {{resource}} through {{roleKind}} "{{role}}".',
  },
  options: bindingGrantOptions(
    'The verbs on Pods and workloads that count as creating them (`*` always does).',
    'Also report bindings of the default `admin` and `edit` ClusterRoles when they are not in the input.',
    ['create'],
  ),
  peers: { kubeLinter: 'access-to-create-pods' },
  peerDifferences:
    'kube-linter only counts roles of the input; drydock adds the default `admin` and `edit` ClusterRoles (`checkBuiltInRoles`) and ReplicationControllers, and the verbs are configurable (add `update` and `patch` to count changes to existing workloads).',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (nameMatchesAny(resource.name, options.ignoreBindings)) return;
    const ref = roleRefOf(resource);
    if (!ref) return;
    const data = { kind: resource.kind, binding: resource.name, roleKind: ref.kind, role: ref.name };
    const role = boundRoleOf(resource, resources, defaultNamespace);
    if (!role) {
      if (options.checkBuiltInRoles && ref.kind === 'ClusterRole' && builtInCreatorRoles.includes(ref.name)) {
        report({ messageId: 'grantsCreate', path: ['roleRef', 'name'], data: { ...data, resource: 'pods' } });
      }
      return;
    }
    const rules = policyRulesOf(role);
    for (const [group, name] of podCreators) {
      const wanted = { apiGroups: [group], resources: [name], verbs: options.verbs };
      if (rules.some(({ rule }) => ruleGrants(rule, wanted))) {
        report({ messageId: 'grantsCreate', path: ['roleRef', 'name'], data: { ...data, resource: name } });
        return;
      }
    }
  },
});
