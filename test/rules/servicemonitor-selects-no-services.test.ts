import rule from '../../rules/servicemonitor-selects-no-services.js';
import { ruleTester } from '../helpers/rule-tester.js';

const monitor = 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: api, namespace: shop}\nspec:\n  selector:\n    matchLabels: {app: api}\n';
const serviceIn = (namespace: string, app = 'api'): string =>
  `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${app}, namespace: ${namespace}, labels: {app: ${app}}}\nspec:\n  ports: [{port: 80}]\n`;
const namesOnly = 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: all}\nspec:\n  namespaceSelector:\n    matchNames: [shop]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a ServiceMonitor alone in the input is not judged', yaml: monitor },
    { name: 'by default a ServiceMonitor whose namespaces hold no Service is not judged', yaml: monitor + serviceIn('other') },
    { name: 'a ServiceMonitor of another API group is not judged', yaml: monitor.replace('monitoring.coreos.com/v1', 'example.com/v1') + serviceIn('shop', 'web') },
    { name: 'without a selector every Service of the watched namespaces counts', yaml: namesOnly + serviceIn('shop', 'web') },
    { name: 'a namespace listed in ignoreNamespaces', yaml: monitor + serviceIn('shop', 'web'), options: { ignoreNamespaces: ['shop'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noServices', line: 28, column: 3, data: { monitor: 'api', namespaces: '"shop"' } },
        { messageId: 'noServices', line: 39, column: 3, data: { monitor: 'shop-api', namespaces: '"monitoring"' } },
        { messageId: 'noServicesAnywhere', line: 51, column: 3, data: { monitor: 'web' } },
      ],
    },
    { name: 'the Service of the namespace has other labels', yaml: monitor + serviceIn('shop', 'web'), errors: [{ messageId: 'noServices', line: 5, column: 3, data: { namespaces: '"shop"' } }] },
    {
      name: 'inputHasServices judges a ServiceMonitor whose Service is in another namespace',
      yaml: monitor + serviceIn('other'),
      options: { reportWhen: 'inputHasServices' },
      errors: [{ messageId: 'noServices', line: 5, column: 3, data: { namespaces: '"shop"' } }],
    },
    { name: 'reportWhen always judges a ServiceMonitor alone', yaml: monitor, options: { reportWhen: 'always' }, errors: [{ messageId: 'noServices', line: 5, column: 3 }] },
    {
      name: 'a namespaceSelector without Services is reported there',
      yaml: namesOnly + serviceIn('other'),
      options: { reportWhen: 'inputHasServices' },
      errors: [{ messageId: 'noServices', line: 5, column: 3, data: { namespaces: '"shop"' } }],
    },
    {
      name: 'a ServiceMonitor without a namespace watches the configured default one',
      yaml: monitor.replace(', namespace: shop', '') + serviceIn('shop', 'web'),
      defaultNamespace: 'shop',
      errors: [{ messageId: 'noServices', line: 5, column: 3, data: { namespaces: '"shop"' } }],
    },
  ],
});
