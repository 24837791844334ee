import rule from '../../rules/pod-unschedulable.js';
import { ruleTester } from '../helpers/rule-tester.js';

const kind = 'fixtures/clusters/kind-3-nodes.yaml';
const messages135 = {
  cpu: '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
};
const antiAffinity = `apiVersion: apps/v1
kind: Deployment
metadata: {name: spread}
spec:
  replicas: 3
  selector: {matchLabels: {app: spread}}
  template:
    metadata: {labels: {app: spread}}
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: {matchLabels: {app: spread}}
              topologyKey: kubernetes.io/hostname
      containers: [{name: app, image: example/app:1.0}]
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml', cluster: kind },
    { name: 'without a cluster model nothing is judged', fixture: 'invalid.yaml' },
    { name: 'two replicas with hostname anti-affinity fit the two workers', yaml: antiAffinity.replace('replicas: 3', 'replicas: 2'), cluster: kind },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      cluster: kind,
      errors: [
        { messageId: 'pending', line: 19, column: 20, data: { count: 2, name: 'big', message: messages135.cpu } },
        { messageId: 'pending', line: 26, column: 3, data: { count: 1, name: 'gpu-job' } },
      ],
    },
    {
      name: 'a third replica with hostname anti-affinity has no worker left',
      yaml: antiAffinity,
      cluster: kind,
      errors: [{ messageId: 'pending', line: 11, column: 9, data: { count: 1, name: 'spread' } }],
    },
  ],
});
