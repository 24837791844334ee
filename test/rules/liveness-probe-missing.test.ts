import rule from '../../rules/liveness-probe-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const podWithoutProbe = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'skips containers named in ignoreContainers', yaml: podWithoutProbe, options: { ignoreContainers: ['web'] } },
    { name: 'a Pod that runs to completion (restartPolicy Never)', yaml: podWithoutProbe.replace('spec:\n', 'spec:\n  restartPolicy: Never\n') },
    { name: 'a Pod that runs to completion (restartPolicy OnFailure)', yaml: podWithoutProbe.replace('spec:\n', 'spec:\n  restartPolicy: OnFailure\n') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 19, column: 11, data: { container: 'exporter' } },
        { messageId: 'missing', line: 29, column: 7, data: { container: 'worker' } },
      ],
    },
    { name: 'a Pod restarted whenever it exits', yaml: podWithoutProbe.replace('spec:\n', 'spec:\n  restartPolicy: Always\n'), errors: [{ messageId: 'missing', line: 7, column: 7 }] },
    { name: 'a container not in ignoreContainers', yaml: podWithoutProbe, options: { ignoreContainers: ['other'] }, errors: [{ messageId: 'missing', line: 6, column: 7 }] },
  ],
});
