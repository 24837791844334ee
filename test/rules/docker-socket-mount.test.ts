import rule from '../../rules/docker-socket-mount.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a socket list without the ones used', fixture: 'invalid.yaml', options: { sockets: ['podman.sock'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'socket', line: 21, column: 19, data: { volume: 'dockersock', path: '/var/run/docker.sock' } },
        { messageId: 'socket', line: 40, column: 24, data: { volume: 'containerd', path: '/run/containerd/containerd.sock' } },
      ],
    },
    {
      name: 'a socket added by the option',
      fixture: 'valid.yaml',
      options: { sockets: ['thing.sock'] },
      errors: [{ messageId: 'socket', line: 20, column: 28, data: { volume: 'thingsock' } }],
    },
  ],
});
