import rule from '../../rules/image-pull-policy-not-always.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (fields: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n${fields}`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'an unset policy and no image leave nothing to default', yaml: pod('      args: [run]\n') },
    { name: 'an untagged image on a registry with a port defaults to Always', yaml: pod('      image: registry.example.com:5000/app\n') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'notAlways', line: 10, column: 24, data: { container: 'setup', policy: 'IfNotPresent' } },
        { messageId: 'notAlways', line: 14, column: 24, data: { container: 'offline', policy: 'Never' } },
        { messageId: 'defaulted', line: 15, column: 7, data: { container: 'tagged', image: 'example/app:1.0' } },
        { messageId: 'defaulted', line: 17, column: 7, data: { container: 'pinned' } },
      ],
    },
    { name: 'a tagged image in a Deployment-less Pod', yaml: pod('      image: example/app:2.0\n'), errors: [{ messageId: 'defaulted', line: 6, column: 7 }] },
  ],
});
