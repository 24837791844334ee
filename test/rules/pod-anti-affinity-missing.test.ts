import rule from '../../rules/pod-anti-affinity-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const spread = (key: string, replicas = 3): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n` +
  `      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: ${key}, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: web}}}\n` +
  '      containers: [{name: web, image: example/web:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'topologyKeys widened to zones', yaml: spread('topology.kubernetes.io/zone'), options: { topologyKeys: ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'] } },
    { name: 'minReplicas raised above the replica count', yaml: spread('topology.kubernetes.io/zone'), options: { minReplicas: 4 } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 13, column: 5, data: { kind: 'Deployment', name: 'web' } },
        { messageId: 'missing', line: 32, column: 9, data: { name: 'api' } },
      ],
    },
    { name: 'a zone spread does not keep replicas off one node', yaml: spread('topology.kubernetes.io/zone'), errors: [{ messageId: 'missing', line: 9, column: 5 }] },
    { name: 'acceptTopologySpread off', yaml: spread('kubernetes.io/hostname'), options: { acceptTopologySpread: false }, errors: [{ messageId: 'missing', line: 9, column: 5 }] },
  ],
});
