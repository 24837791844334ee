import rule from '../../rules/probes-identical.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (readiness: string, liveness: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      readinessProbe: ${readiness}\n      livenessProbe: ${liveness}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'the same path on different ports', yaml: pod('{httpGet: {path: /healthz, port: 8080}}', '{httpGet: {path: /healthz, port: 8081}}') },
    { name: 'probes without a handler are left to schema validation', yaml: pod('{periodSeconds: 5}', '{periodSeconds: 5}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'identical', line: 12, column: 7, data: { container: 'web' } },
        { messageId: 'identical', line: 20, column: 7, data: { container: 'worker' } },
        { messageId: 'identical', line: 28, column: 7, data: { container: 'db' } },
      ],
    },
    { name: 'an empty path means /', yaml: pod('{httpGet: {path: /, port: 80}}', '{httpGet: {port: 80}}'), errors: [{ messageId: 'identical', line: 9, column: 7 }] },
  ],
});
