import rule from '../../rules/service-type-exposed.js';
import { ruleTester } from '../helpers/rule-tester.js';

const service = (type: string): string => `apiVersion: v1\nkind: Service\nmetadata: {name: ingress-nginx}\nspec:\n  type: ${type}\n  ports: [{port: 443}]\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'types narrowed to NodePort', yaml: service('LoadBalancer'), options: { types: ['NodePort'] } },
    { name: 'a Service listed in ignore', yaml: service('LoadBalancer'), options: { ignore: ['ingress-nginx'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'exposed', line: 7, column: 9, data: { service: 'web', type: 'NodePort' } },
        { messageId: 'exposed', line: 17, column: 9, data: { service: 'api', type: 'LoadBalancer' } },
      ],
    },
  ],
});
