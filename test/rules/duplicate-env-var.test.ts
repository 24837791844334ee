import rule from '../../rules/duplicate-env-var.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      env: ${env}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'ignores malformed entries', yaml: pod('[{name: A, value: "1"}, {value: "2"}, "A", {name: 3}]') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'duplicate', line: 13, column: 17, data: { container: 'setup', name: 'MODE' } },
        { messageId: 'duplicate', line: 23, column: 17, data: { container: 'app', name: 'PORT' } },
        { messageId: 'duplicate', line: 26, column: 17, data: { container: 'app', name: 'PORT' } },
      ],
    },
    { name: 'a flow-style env list', yaml: pod('[{name: A, value: "1"}, {name: A, value: "2"}]'), errors: [{ messageId: 'duplicate', line: 8, column: 43 }] },
  ],
});
