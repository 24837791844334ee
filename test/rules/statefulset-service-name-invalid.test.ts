import rule from '../../rules/statefulset-service-name-invalid.js';
import { ruleTester } from '../helpers/rule-tester.js';

const statefulSet = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  serviceName: s\n  selector: {matchLabels: {app: s}}\n  template:\n    metadata: {labels: {app: s}}\n    spec: {containers: [{name: a, image: b}]}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a StatefulSet linted on its own stays quiet', yaml: statefulSet },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'notHeadless', line: 15, column: 16, data: { service: 'db' } },
        { messageId: 'serviceMissing', line: 32, column: 16, data: { service: 'cache-headless' } },
      ],
    },
    {
      name: 'a headless Service that selects other Pods',
      yaml: `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {clusterIP: None, selector: {app: other}}\n---\n${statefulSet}`,
      errors: [{ messageId: 'selectsOthers', line: 10, column: 16 }],
    },
  ],
});
