import rule from '../../rules/sensitive-host-mount.js';
import { ruleTester } from '../helpers/rule-tester.js';

const runMount = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: b\n      volumeMounts: [{name: run, mountPath: /run}]\n  volumes: [{name: run, hostPath: {path: /run}}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'the paths option can narrow the list', yaml: runMount, options: { paths: ['/etc'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'sensitive', line: 11, column: 17, data: { hostPath: '/etc/' } },
        { messageId: 'sensitive', line: 13, column: 17, data: { hostPath: '/proc' } },
      ],
    },
    { name: '/run is sensitive by default', yaml: runMount, errors: [{ messageId: 'sensitive', line: 8, column: 29 }] },
  ],
});
