import rule from '../../rules/startup-probe-port-not-exposed.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (ports: string, port: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      ports: ${ports}\n      startupProbe:\n        tcpSocket: {port: ${port}}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a quoted number matches a declared number', yaml: pod('[{containerPort: 8080}]', '"8080"') },
    { name: 'one TCP entry among same-named ones is enough', yaml: pod('[{name: dns, containerPort: 53, protocol: UDP}, {name: dns, containerPort: 53}]', 'dns') },
    // a host-network Pod listens on the node: a numbered probe port needs no declaration (issue 15)
    { name: 'a numbered port of a hostNetwork Pod that lists no ports', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: example/agent:1.0\n      startupProbe:\n        httpGet: {port: 9100}\n' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'undeclaredName', line: 11, column: 41, data: { container: 'web', port: 'http' } },
        { messageId: 'undeclaredNumber', line: 19, column: 17, data: { container: 'api', port: 8080 } },
        { messageId: 'notTcp', line: 25, column: 27, data: { container: 'dns', port: 'dns' } },
      ],
    },
    { name: 'a number declared only for UDP', yaml: pod('[{containerPort: 8080, protocol: UDP}]', '8080'), errors: [{ messageId: 'notTcp', line: 10, column: 27 }] },
    { name: 'a port name on the host network must still resolve', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: agent\n      image: example/agent:1.0\n      startupProbe:\n        httpGet: {port: metrics}\n', errors: [{ messageId: 'undeclaredName', line: 10, column: 25 }] },
  ],
});
