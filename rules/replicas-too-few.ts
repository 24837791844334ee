import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import type { Resource, ResourceSet } from '../src/resources/index.js';
import { isObject, missingFieldPath, namespaceOf, valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'replicas-too-few',
  summary: 'Deployments run at least two replicas.',
  rationale:
    'A Deployment with one replica is down whenever that Pod is: during every node drain, eviction, crash or rollout that cannot surge. A second replica on another node keeps the service up through these everyday disruptions.',
  fix: 'Set `spec.replicas` to 2 or more (and spread the replicas over nodes or zones), or let a HorizontalPodAutoscaler with `minReplicas` of 2 or more own the replica count. Set `minReplicas` in this rule\'s options to require more.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['Deployment'],
  preset: 'strict',
  messages: {
    tooFew: 'Deployment "{{name}}" sets replicas to {{replicas}}, below the minimum of {{minimum}}.',
    unset: 'Deployment "{{name}}" sets no replicas, so it runs one Pod, below the minimum of {{minimum}}.',
  },
  options: ruleOptions(
    {
      minReplicas: { type: 'integer', minimum: 1, description: 'The fewest replicas a Deployment may declare (kube-linter asks for 3).' },
    },
    { minReplicas: 2 },
  ),
  peers: { kubeLinter: 'minimum-three-replicas', kubeScore: 'deployment-replicas', polaris: 'deploymentMissingReplicas' },
  peerDifferences:
    'The default minimum is 2, as in kube-score and Polaris; kube-linter asks for 3 (set `minReplicas: 3`). Deployments scaled by a HorizontalPodAutoscaler or a KEDA ScaledObject in the input are skipped, as kube-score does for HPAs, and `replicas: 0` is taken as a deliberate scale-down. Unlike kube-score, a Deployment need not be selected by a Service.',
  check({ resource, resources, defaultNamespace, options, report }) {
    // a spec that is not a mapping is a schema error
    if (!isObject(resource.object.spec) || isAutoscaled(resource, resources, defaultNamespace)) return;
    const replicas = valueAt(resource.object, ['spec', 'replicas']);
    const data = { name: resource.name, minimum: options.minReplicas };
    if (replicas === undefined || replicas === null) {
      if (options.minReplicas > 1) report({ messageId: 'unset', path: missingFieldPath(resource.object, ['spec', 'replicas']), data });
      return;
    }
    // a non-integer is a schema error; zero is a Deployment scaled down on purpose
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas === 0) return;
    if (replicas < options.minReplicas) report({ messageId: 'tooFew', path: ['spec', 'replicas'], data: { ...data, replicas } });
  },
});

/** Whether an autoscaler in the input owns the Deployment's replica count. */
function isAutoscaled(deployment: Resource, resources: ResourceSet, defaultNamespace: string): boolean {
  const namespace = namespaceOf(deployment, defaultNamespace);
  // a KEDA ScaledObject's target kind defaults to Deployment
  const scalers = [
    ...resources.ofKind('HorizontalPodAutoscaler').map((hpa) => ({ scaler: hpa, defaultKind: undefined })),
    ...resources.ofKind('ScaledObject').map((scaledObject) => ({ scaler: scaledObject, defaultKind: 'Deployment' })),
  ];
  return scalers.some(({ scaler, defaultKind }) => {
    const target = valueAt(scaler.object, ['spec', 'scaleTargetRef']);
    if (!isObject(target) || target.name !== deployment.name) return false;
    return (target.kind ?? defaultKind) === 'Deployment' && namespaceOf(scaler, defaultNamespace) === namespace;
  });
}
