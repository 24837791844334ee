import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { firingRules, firingValidation, hasPeers, peerSuite, sharedWithValidation, validationConcepts, type PeerEntry } from '../helpers/conformance.js';

// For every concept drydock implements, the peers' own fixtures must come out as their suites
// expect: `flag` entries fire one of the concept's rules, `clean` entries fire none. Entries where
// drydock deliberately differs are listed in the rule's docs and here, with the reason.
const deliberateDifferences: Record<string, string> = {
  'kube-linter/priority-class-name.yaml priority-class-missing flag':
    "kube-linter's opt-in check accepts only system-cluster-critical and system-node-critical by default; drydock accepts any class unless the `accepted` option lists them, since clusters define their own classes",
  'kube-linter/minimum-three-replicas.yaml replicas-too-few flag':
    'the flagged Deployment has 2 replicas; drydock asks for 2 by default like kube-score and Polaris (kube-linter asks for 3; set minReplicas: 3 to match it)',
  'polaris/pullPolicyNotAlways--failure.yaml image-pull-policy-not-always flag':
    'the image has no tag, so the API server defaults an unset imagePullPolicy to Always; drydock follows kube-score and applies that defaulting',
  'polaris/pullPolicyNotAlways--failure.cron-job.yaml image-pull-policy-not-always flag':
    'the image has no tag, so the API server defaults an unset imagePullPolicy to Always; drydock follows kube-score and applies that defaulting',
  'kube-score/pod-probes-on-different-containers.yaml readiness-probe-missing clean':
    'kube-score is satisfied when any container of the pod has a readinessProbe; drydock (like kube-linter and Polaris) asks it of every container',
  'kube-linter/dangling-networkpolicy.yaml networkpolicy-selects-no-pods flag':
    'the input holds no workload at all; drydock only judges selectors when the input contains some workload (reportWhen)',
  'kube-linter/hpa-minimum-three-replicas.yaml hpa-min-replicas-low flag':
    'kube-linter\'s opt-in check asks for 3 replicas; drydock follows kube-score and Polaris (2, configurable with minReplicas)',
  'polaris/missingNetworkPolicy--failure.netpol_missing_egress_rules.yaml networkpolicy-coverage flag':
    'the policy lists Egress with no egress rules, which denies all egress: the most isolated setting, not a gap',
  'polaris/missingNetworkPolicy--failure.netpol_missing_ingress_rules.yaml networkpolicy-coverage flag':
    'the policy lists Ingress with no ingress rules, which denies all ingress: the most isolated setting, not a gap',
  'polaris/clusterrolebindingPodExecAttach--failure.binding_points_to_missing_ref.yaml rbac-pod-exec-attach flag':
    'the bound ClusterRole is not in the input, so nothing shows that it grants exec or attach',
  'polaris/rolebindingClusterRolePodExecAttach--failure.binding_points_to_missing_ref.yaml rbac-pod-exec-attach flag':
    'the bound ClusterRole is not in the input, so nothing shows that it grants exec or attach',
  'polaris/rolebindingRolePodExecAttach--failure.binding_points_to_missing_ref.yaml rbac-pod-exec-attach flag':
    'the bound Role is not in the input, so nothing shows that it grants exec or attach',
  'polaris/rolebindingRolePodExecAttach--success.role_binding_cluster_role_binding.yaml rbac-pod-exec-attach clean':
    'the RoleBinding grants a ClusterRole with * on *, which includes pods/exec; Polaris\'s rolebindingClusterRolePodExecAttach reports this file too',
  'kube-linter/dangling-networkpolicypeer-podselector.yaml networkpolicy-peer-selects-no-pods flag':
    'the input holds no workload at all; drydock only judges peer selectors when the input contains some workload (reportWhen)',
  'kube-linter/required-label-owner--doc1-dont-fire.yaml required-label clean':
    'the Deployment has an owner label but no app.kubernetes.io/name, which drydock asks for by default; set labels: [owner] to match kube-linter\'s required-label-owner',
  'kube-score/pod-topology-spread-constraints-no-topologykey.yaml topology-spread-invalid flag':
    'a missing topologyKey is a missing required field, which schema validation reports as an error (a generic schema finding, not counted here); neither the rule nor api/topology-spread reports it twice',
  'kube-linter/required-annotation-email.yaml required-annotation flag':
    'drydock requires no annotation until the team configures one; set annotations: ["email=…"] to match kube-linter\'s required-annotation-email',
  'kube-linter/forbidden-annotation.yaml forbidden-annotation flag':
    'kube-linter runs this file with a configured template (reloader.stakater.com/auto=true, an IAM role annotation that is not an ARN); drydock forbids only last-applied-configuration by default',
  'kube-linter/drop-net-raw-capability--doc1-dont-fire.yaml capabilities-not-dropped clean':
    'the container has an empty capabilities block and drops nothing; drydock (like Polaris) asks every container to drop ALL, kube-linter only flags an explicit NET_RAW',
};

describe.skipIf(!hasPeers)('conformance with kube-linter, kube-score and Polaris', () => {
  const { entries, conceptMap } = hasPeers ? peerSuite() : { entries: [] as PeerEntry[], conceptMap: {} };
  const ids = new Set(rules.map((r) => r.id));
  const implemented = entries.filter((e) => (conceptMap[e.concept] ?? [e.concept]).some((id) => ids.has(id)));

  it('covers the entries of the concepts that validation implements', async () => {
    const misses: string[] = [];
    for (const entry of entries.filter((e) => validationConcepts[e.concept])) {
      const key = `${entry.file} ${entry.concept} ${entry.expect}`;
      if (deliberateDifferences[key]) continue;
      const fired = await firingValidation(entry.file);
      const didFire = validationConcepts[entry.concept]!.some((id) => fired.has(id)); // the filter above kept known concepts only
      if (didFire !== (entry.expect === 'flag')) misses.push(`${key} (${entry.tool} ${entry.peerCheck}: ${[...fired].join(',')})`);
    }
    expect(misses).toEqual([]);
  });

  it('covers the entries of every implemented concept', async () => {
    const misses: string[] = [];
    const cache = new Map<string, Set<string>>();
    for (const entry of implemented) {
      const key = `${entry.file} ${entry.concept} ${entry.expect}`;
      if (deliberateDifferences[key]) continue;
      const fired = cache.get(entry.file) ?? firingRules(entry.file, rules);
      cache.set(entry.file, fired);
      const mapped = conceptMap[entry.concept] ?? [entry.concept];
      const shared = sharedWithValidation[entry.concept];
      const validated = shared === undefined ? new Set<string>() : await firingValidation(entry.file);
      const didFire = mapped.some((id) => fired.has(id)) || (shared ?? []).some((id) => validated.has(id));
      if (didFire !== (entry.expect === 'flag')) misses.push(`${key} (${entry.tool} ${entry.peerCheck})`);
    }
    expect(misses).toEqual([]);
  });
});
