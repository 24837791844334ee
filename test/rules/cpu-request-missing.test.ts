import rule from '../../rules/cpu-request-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const podWithBareInitContainer = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
    - name: setup
      image: example/setup:1.0
  containers:
    - name: app
      image: example/app:1.0
      resources:
        requests: {cpu: 250m}
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'skips init containers with ignoreInitContainers', yaml: podWithBareInitContainer, options: { ignoreInitContainers: true } },
    { name: 'leaves a resources field that is not a mapping to schema validation', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: example/a:1.0, resources: 5}\n    - {name: b, image: example/b:1.0, resources: {requests: [1]}}\n' },
    { name: 'leaves an unparsable quantity to schema validation', yaml: podWithBareInitContainer.replace('initContainers', 'x-unused').replace('250m', 'lots') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 14, column: 11, data: { container: 'web' } },
        { messageId: 'missing', line: 18, column: 11, data: { container: 'proxy' } },
        { messageId: 'missing', line: 23, column: 13, data: { container: 'agent' } },
        { messageId: 'zero', line: 29, column: 20, data: { container: 'idle' } },
        { messageId: 'missing', line: 44, column: 15, data: { container: 'fetch' } },
      ],
    },
    { name: 'an init container without requests', yaml: podWithBareInitContainer, errors: [{ messageId: 'missing', line: 6, column: 7, data: { container: 'setup' } }] },
  ],
});
