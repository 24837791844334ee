import rule from '../../rules/capabilities-not-dropped.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'drop ALL next to other entries', yaml: pod('{capabilities: {drop: [NET_RAW, ALL]}}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'notDropped', line: 11, column: 7, data: { container: 'app' } },
        { messageId: 'partlyDropped', line: 31, column: 15, data: { container: 'app', kept: 'AUDIT_WRITE, NET_BIND_SERVICE' } },
        { messageId: 'netRawAdded', line: 45, column: 17, data: { container: 'ping' } },
      ],
    },
    { name: 'a null capabilities block', yaml: pod('{capabilities: null}'), errors: [{ messageId: 'notDropped', line: 8, column: 39 }] },
    { name: 'a drop list that is not a list', yaml: pod('{capabilities: {drop: ALL}}'), errors: [{ messageId: 'notDropped', line: 8, column: 46 }] },
  ],
});
