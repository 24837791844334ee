import { defineRule } from '../src/lint/rule-api.js';
import { isObject, hpasTargeting } from '../src/resources/index.js';

export default defineRule({
  id: 'hpa-target-has-replicas',
  summary: 'A workload scaled by a HorizontalPodAutoscaler leaves spec.replicas unset.',
  rationale:
    'When an HPA scales a Deployment, the HPA owns the replica count. A `spec.replicas` in the manifest resets it on every `kubectl apply` or GitOps sync: the workload jumps back to that count (often scaling down under load) until the HPA corrects it again.\n\n' +
    'drydock reports a Deployment, StatefulSet or ReplicaSet that sets `spec.replicas` when an HPA of the input, in the same namespace, targets it.',
  fix: 'Remove `spec.replicas` from the workload and let the HPA\'s `minReplicas` set the starting size.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'],
  preset: 'recommended',
  messages: {
    hasReplicas: '{{kind}} "{{name}}" sets spec.replicas although HorizontalPodAutoscaler "{{hpa}}" scales it.',
  },
  peers: { kubeScore: 'deployment-targeted-by-hpa-does-not-have-replicas-configured' },
  peerDifferences: 'kube-score only checks Deployments; drydock also checks StatefulSets and ReplicaSets, which an HPA scales the same way.',
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.replicas === undefined || spec.replicas === null) return;
    const [hpa] = hpasTargeting(resource, resources, defaultNamespace);
    if (hpa) report({ messageId: 'hasReplicas', path: ['spec', 'replicas'], target: 'key', data: { kind: resource.kind, name: resource.name, hpa: hpa.name } });
  },
});
