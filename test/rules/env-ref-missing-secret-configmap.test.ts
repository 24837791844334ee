import rule from '../../rules/env-ref-missing-secret-configmap.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (envFrom: string, extra = ''): string =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n      envFrom:\n        - ${envFrom}\n${extra}`;
const neighbour = '---\napiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  ports: [{port: 80}]\n';
const external =
  '---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: {name: web-es, namespace: shop}\nspec:\n  target: {name: web-env}\n';

// two Secrets of one name in the input (cluster-autoscaler's examples for two clouds, linted together)
const keyRef = (key: string): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n      env:\n        - name: KEY\n          valueFrom: {secretKeyRef: {name: cloud-config, key: ${key}}}\n`;
const twoSecrets = '---\napiVersion: v1\nkind: Secret\nmetadata: {name: cloud-config, namespace: shop}\nstringData: {region: eu}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: cloud-config, namespace: shop}\nstringData: {access-key: abc}\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a Secret created by an ExternalSecret', yaml: pod('secretRef: {name: web-env}', external) },
    { name: 'a key in the second of two objects of that name', yaml: keyRef('access-key') + twoSecrets },
    { name: 'a name listed in ignore', yaml: pod('secretRef: {name: web-env}', neighbour), options: { ignore: ['web-env'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'keyMissing', line: 26, column: 58, data: { kind: 'ConfigMap', name: 'web-config', key: 'LOGLEVEL' } },
        { messageId: 'objectMissing', line: 29, column: 38, data: { kind: 'Secret', name: 'api-token', namespace: 'default' } },
        { messageId: 'objectMissing', line: 34, column: 35, data: { kind: 'ConfigMap', name: 'web-settings' } },
      ],
    },
    { name: 'a key in neither of two objects of that name', yaml: keyRef('secret-key') + twoSecrets, errors: [{ messageId: 'keyMissing', line: 10, column: 63 }] },
    { name: 'a missing Secret with another object of the namespace', yaml: pod('secretRef: {name: web-env}', neighbour), errors: [{ messageId: 'objectMissing', line: 9, column: 29 }] },
    { name: 'reportWhen always reports a workload alone', yaml: pod('configMapRef: {name: web-env}'), options: { reportWhen: 'always' }, errors: [{ messageId: 'objectMissing', line: 9, column: 32 }] },
  ],
});
