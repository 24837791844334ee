import rule from '../../rules/writable-host-mount.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'paths listed in allowedPaths, and below them', fixture: 'invalid.yaml', options: { allowedPaths: ['/var/log/', '/var/lib'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'writable', line: 19, column: 25, data: { container: 'prepare', hostPath: '/var/lib/shipper' } },
        { messageId: 'writable', line: 24, column: 15, data: { container: 'shipper', hostPath: '/var/log' } },
      ],
    },
    {
      name: 'allowedPaths does not cover a sibling with the same prefix',
      fixture: 'invalid.yaml',
      options: { allowedPaths: ['/var/lo', '/var/lib/shipper'] },
      errors: [{ messageId: 'writable', line: 24, column: 15, data: { container: 'shipper', hostPath: '/var/log' } }],
    },
  ],
});
