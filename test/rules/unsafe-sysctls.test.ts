import rule from '../../rules/unsafe-sysctls.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'sysctls the nodes allow, by name and by prefix', fixture: 'invalid.yaml', options: { allowedSysctls: ['kernel.shm*', 'net.core.somaxconn'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'unsafe', line: 18, column: 19, data: { sysctl: 'kernel.shmmax' } },
        { messageId: 'unsafe', line: 20, column: 19, data: { sysctl: 'net.core.somaxconn' } },
      ],
    },
    {
      name: 'an allowed prefix leaves the other sysctls flagged',
      fixture: 'invalid.yaml',
      options: { allowedSysctls: ['net.*'] },
      errors: [{ messageId: 'unsafe', line: 18, column: 19, data: { sysctl: 'kernel.shmmax' } }],
    },
    {
      name: 'TCP keepalive sysctls are safe only from Kubernetes 1.29',
      fixture: 'valid.yaml',
      kubernetesVersion: '1.28',
      errors: [{ messageId: 'unsafe', line: 21, column: 19, data: { sysctl: 'net.ipv4.tcp_keepalive_time' } }],
    },
  ],
});
