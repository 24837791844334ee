import rule from '../../rules/service-account-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (field: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: runner, namespace: batch}\nspec:\n  ${field}: runner\n  containers: [{name: runner, image: example/runner:1.0}]\n`;
const neighbour = '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: batch}\ndata: {a: b}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a name listed in ignore', yaml: pod('serviceAccountName') + neighbour, options: { ignore: ['runner'] } },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'missing', line: 18, column: 27, data: { name: 'web-sa', namespace: 'default' } }] },
    { name: 'the deprecated serviceAccount field is read too', yaml: pod('serviceAccount') + neighbour, errors: [{ messageId: 'missing', line: 5, column: 19, data: { namespace: 'batch' } }] },
    { name: 'reportWhen always reports a workload alone', yaml: pod('serviceAccountName'), options: { reportWhen: 'always' }, errors: [{ messageId: 'missing', line: 5, column: 23 }] },
  ],
});
