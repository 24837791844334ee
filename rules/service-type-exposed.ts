import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'service-type-exposed',
  summary: 'Services are not exposed outside the cluster through NodePort or LoadBalancer.',
  rationale:
    'A `NodePort` Service opens its port on every node, and a `LoadBalancer` Service usually gets a public address: both bypass the Ingress or gateway where TLS, authentication and rate limits are enforced, and a `NodePort` also takes a port from a small shared range.\n\n' +
    'drydock reports the Service types listed in `types` (`NodePort` and `LoadBalancer` by default). The Service of an ingress controller or gateway is the usual exception: list it in `ignore`.',
  fix: 'Use `type: ClusterIP` and expose the Service through an Ingress or Gateway; if it must be reachable from outside, restrict it (`loadBalancerSourceRanges`, an internal load balancer annotation) and list it in `ignore`.',
  category: 'networking',
  severity: 'warning',
  kinds: ['Service'],
  preset: 'strict',
  messages: {
    exposed: 'Service "{{service}}" has type {{type}}, which exposes it outside the cluster.',
  },
  options: ruleOptions(
    {
      types: { type: 'array', items: { enum: ['NodePort', 'LoadBalancer'] }, uniqueItems: true, description: 'The Service types to report.' },
      ignore: { type: 'array', items: { type: 'string' }, description: 'Service names to skip, such as an ingress controller\'s.' },
    },
    { types: ['NodePort', 'LoadBalancer'] as string[], ignore: [] as string[] },
  ),
  peers: { kubeLinter: 'exposed-services', kubeScore: 'service-type' },
  peerDifferences: 'kube-score only reports `NodePort`; drydock, like kube-linter, also reports `LoadBalancer` by default (`types: [NodePort]` matches kube-score).',
  check({ resource, options, report }) {
    const type = valueAt(resource.object, ['spec', 'type']);
    if (typeof type === 'string' && options.types.includes(type) && !options.ignore.includes(resource.name)) {
      report({ messageId: 'exposed', path: ['spec', 'type'], data: { service: resource.name, type } });
    }
  },
});
