import rule from '../../rules/service-selects-no-pods.js';
import { ruleTester } from '../helpers/rule-tester.js';

const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
const podElsewhere = '---\napiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: data}\nspec:\n  containers: [{name: db, image: example/db:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a Service alone in the input is not judged', yaml: service },
    { name: 'namespaceHasWorkloads: no workload in the Service namespace', yaml: service + podElsewhere, options: { reportWhen: 'namespaceHasWorkloads' } },
    { name: 'an empty selector is exempt', yaml: service.replace('{app: web}', '{}') + podElsewhere },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noPods', line: 24, column: 3, data: { service: 'web', selector: 'app=wbe', namespace: 'shop' } },
        { messageId: 'noPods', line: 36, column: 3, data: { namespace: 'staging' } },
      ],
    },
    { name: 'a workload in another namespace makes the input judged', yaml: service + podElsewhere, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
    { name: 'reportWhen always judges a Service alone', yaml: service, options: { reportWhen: 'always' }, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
  ],
});
