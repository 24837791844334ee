import rule from '../../rules/linux-hardening-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (spec: string, annotations = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
${annotations}spec:
${spec}`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'the legacy pod seccomp annotation', yaml: pod('  containers: [{name: a, image: b}]\n', '  annotations: {seccomp.security.alpha.kubernetes.io/pod: runtime/default}\n') },
    {
      name: 'a container profile overrides an Unconfined pod profile',
      yaml: pod('  securityContext: {seccompProfile: {type: Unconfined}}\n  containers:\n    - name: a\n      image: b\n      securityContext: {seccompProfile: {type: Localhost, localhostProfile: p.json}}\n'),
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'podMissing', line: 12, column: 5, data: { name: 'web' } },
        { messageId: 'containerMissing', line: 34, column: 7, data: { container: 'debug' } },
      ],
    },
    {
      name: 'empty seLinuxOptions and a profile without a type',
      yaml: pod('  securityContext:\n    seLinuxOptions: {}\n    seccompProfile: {}\n  containers:\n    - name: a\n      image: b\n'),
      errors: [{ messageId: 'podMissing', line: 6, column: 3, data: { name: 'p' } }],
    },
    {
      name: 'an AppArmor annotation for another container',
      yaml: pod('  containers:\n    - name: a\n      image: b\n    - name: c\n      image: d\n', '  annotations: {container.apparmor.security.beta.kubernetes.io/a: runtime/default}\n'),
      errors: [{ messageId: 'containerMissing', line: 10, column: 7, data: { container: 'c' } }],
    },
  ],
});
