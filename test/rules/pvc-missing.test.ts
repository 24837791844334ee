import rule from '../../rules/pvc-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const lonePod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\n  volumes:\n    - name: data\n      persistentVolumeClaim: {claimName: data}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a workload linted on its own stays quiet', yaml: lonePod },
    { name: 'claims named in ignore are skipped', yaml: lonePod, options: { reportWhen: 'always', ignore: ['data'] } },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'missing', line: 29, column: 24, data: { name: 'db-data', namespace: 'shop' } }] },
    { name: 'reportWhen: always reports a lone workload', yaml: lonePod, options: { reportWhen: 'always' }, errors: [{ messageId: 'missing', line: 8, column: 42 }] },
  ],
});
