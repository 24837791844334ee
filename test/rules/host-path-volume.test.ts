import rule from '../../rules/host-path-volume.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'paths listed in allowedPaths, and below them', fixture: 'invalid.yaml', options: { allowedPaths: ['/var/log/', '/'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'hostPath', line: 20, column: 11, data: { volume: 'varlog', path: '/var/log' } },
        { messageId: 'hostPath', line: 36, column: 7, data: { volume: 'root', path: '/' } },
      ],
    },
    {
      name: 'allowedPaths does not cover a sibling with the same prefix',
      fixture: 'invalid.yaml',
      options: { allowedPaths: ['/var/lo', '/var/log'] },
      errors: [{ messageId: 'hostPath', line: 36, column: 7, data: { volume: 'root' } }],
    },
  ],
});
