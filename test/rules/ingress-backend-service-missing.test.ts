import rule from '../../rules/ingress-backend-service-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const lonely =
  'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: api}\nspec:\n  defaultBackend:\n    service:\n      name: api\n      port: {number: 80}\n';
const beta =
  'apiVersion: v1\nkind: Service\nmetadata: {name: app}\nspec:\n  ports: [{name: http, port: 5601}]\n' +
  '---\napiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata: {name: app}\nspec:\n  backend: {serviceName: app, servicePort: http}\n  rules:\n    - http:\n        paths:\n          - backend: {serviceName: app, servicePort: 5602}\n';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }, { name: 'an Ingress alone in the input', yaml: lonely }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'serviceMissing', line: 24, column: 23, data: { service: 'wbe', namespace: 'default' } },
        { messageId: 'portMissing', line: 31, column: 32, data: { port: 8080, service: 'web' } },
        { messageId: 'portMissing', line: 37, column: 30, data: { port: '"admin"' } },
        { messageId: 'noService', line: 45, column: 3 },
      ],
    },
    { name: 'reportWhen always reports an Ingress alone', yaml: lonely, options: { reportWhen: 'always' }, errors: [{ messageId: 'serviceMissing', line: 7, column: 13 }] },
    { name: 'v1beta1 serviceName and servicePort', yaml: beta, errors: [{ messageId: 'portMissing', line: 15, column: 54 }] },
  ],
});
