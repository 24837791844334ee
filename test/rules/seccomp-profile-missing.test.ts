import rule from '../../rules/seccomp-profile-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const podWithout = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    {
      name: 'the legacy per-container annotation',
      yaml: podWithout.replace('metadata: {name: p}', 'metadata:\n  name: p\n  annotations: {container.seccomp.security.alpha.kubernetes.io/app: runtime/default}'),
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'podMissing', line: 13, column: 7 },
        { messageId: 'containerMissing', line: 32, column: 7, data: { container: 'sidecar' } },
        { messageId: 'unconfined', line: 48, column: 17, data: { container: 'app' } },
      ],
    },
    { name: 'a pod without any securityContext', yaml: podWithout, errors: [{ messageId: 'podMissing', line: 4, column: 1 }] },
    {
      name: 'an unconfined legacy annotation does not count',
      yaml: podWithout.replace('metadata: {name: p}', 'metadata:\n  name: p\n  annotations: {seccomp.security.alpha.kubernetes.io/pod: unconfined}'),
      errors: [{ messageId: 'podMissing', line: 6, column: 1 }],
    },
  ],
});
