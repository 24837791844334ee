import rule from '../../rules/service-target-port-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const portless =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: api, labels: {app: api}}\nspec:\n  containers: [{name: api, image: example/api:1.0}]\n' +
  '---\napiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec:\n  selector: {app: api}\n  ports:\n    - port: 80\n      targetPort: 8080\n';
const sidecar =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: api, labels: {app: api}}\nspec:\n  initContainers:\n    - name: proxy\n      image: example/proxy:1.0\n      restartPolicy: Always\n      ports: [{name: proxy, containerPort: 15001}]\n  containers: [{name: api, image: example/api:1.0}]\n' +
  '---\napiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec:\n  selector: {app: api}\n  ports:\n    - port: 80\n      targetPort: proxy\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a port of a sidecar (init) container counts', yaml: sidecar },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'namedPortMissing', line: 29, column: 19, data: { target: 'https', service: 'web' } },
        { messageId: 'numberedPortMissing', line: 30, column: 7, data: { target: 80 } },
      ],
    },
    {
      name: 'checkWhenNoPortsDeclared judges numeric ports of portless containers',
      yaml: portless,
      options: { checkWhenNoPortsDeclared: true },
      errors: [{ messageId: 'numberedPortMissing', line: 14, column: 19 }],
    },
  ],
});
