import rule from '../../rules/run-as-low-uid-gid.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;
const ids1000 = pod('{runAsUser: 1000, runAsGroup: 1000}');

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'IDs at the lowered minimums', yaml: ids1000, options: { minimumUid: 1000, minimumGid: 1000 } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noSecurityContext', line: 8, column: 7, data: { container: 'app' } },
        { messageId: 'gidMissing', line: 26, column: 11, data: { container: 'web' } },
        { messageId: 'uidLow', line: 27, column: 24, data: { container: 'web', id: 1000, minimum: 10000 } },
        { messageId: 'gidLow', line: 36, column: 17, data: { container: 'app', id: 100, minimum: 10000 } },
      ],
    },
    {
      name: 'minimumUid alone lowered',
      yaml: ids1000,
      options: { minimumUid: 1000 },
      errors: [{ messageId: 'gidLow', line: 8, column: 54, data: { id: 1000, minimum: 10000 } }],
    },
    {
      name: 'minimumGid alone lowered',
      yaml: ids1000,
      options: { minimumGid: 1000 },
      errors: [{ messageId: 'uidLow', line: 8, column: 36, data: { id: 1000, minimum: 10000 } }],
    },
  ],
});
