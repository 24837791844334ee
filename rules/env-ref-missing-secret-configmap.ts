import { defineRule, missingObjectOptionsWithIgnore } from '../src/lint/rule-api.js';
import { configReferencesOf, isObject, namespaceOf, valueAt, type Resource, type ResourceSet, findInNamespace, namespaceHasOtherObjects, ofKindIn, workloadKinds } from '../src/resources/index.js';

// Objects every namespace has, created by the control plane.
const clusterProvided = ['kube-root-ca.crt'];

/** Names of Secrets that objects of the input create: SealedSecrets, ExternalSecrets, cert-manager Certificates. */
function generatedSecretNames(resources: ResourceSet, namespace: string, defaultNamespace: string): Set<string> {
  const names = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') names.add(value);
  };
  for (const sealed of ofKindIn(resources, 'SealedSecret', namespace, defaultNamespace)) add(valueAt(sealed.object, ['spec', 'template', 'metadata', 'name']) ?? sealed.name);
  for (const external of ofKindIn(resources, 'ExternalSecret', namespace, defaultNamespace)) add(valueAt(external.object, ['spec', 'target', 'name']) ?? external.name);
  for (const certificate of ofKindIn(resources, 'Certificate', namespace, defaultNamespace)) add(valueAt(certificate.object, ['spec', 'secretName']));
  return names;
}

function hasKey(object: Resource, key: string): boolean {
  return ['data', 'stringData', 'binaryData'].some((field) => isObject(object.object[field]) && Object.hasOwn(object.object[field], key));
}

export default defineRule({
  id: 'env-ref-missing-secret-configmap',
  summary: 'ConfigMaps and Secrets that a pod spec uses are in the input, with the keys it reads.',
  rationale:
    'A Pod that needs a missing ConfigMap or Secret (in `env`, `envFrom` or a volume) does not start: it stays in `CreateContainerConfigError` or `ContainerCreating`. The same happens when a `configMapKeyRef` or `secretKeyRef` names a key the object does not have.\n\n' +
    'drydock looks for the object in the workload\'s namespace of the input. Secrets created by a SealedSecret, an ExternalSecret or a cert-manager Certificate of the input count as present; references marked `optional: true`, the `kube-root-ca.crt` ConfigMap every namespace has, and names in `ignore` are skipped. ' +
    'Since Secrets are often created outside the manifests, a missing object is only reported when the input contains other objects of the workload\'s namespace; set `reportWhen: always` to report it anyway. A missing key is reported whenever the object is in the input.',
  fix: 'Add the ConfigMap or Secret to the manifests (or correct the name or key), or mark the reference `optional: true` if the Pod can start without it.',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    objectMissing: '{{kind}} "{{name}}" is not in namespace "{{namespace}}" of the input.',
    keyMissing: '{{kind}} "{{name}}" has no key "{{key}}".',
  },
  options: missingObjectOptionsWithIgnore(
    'When to report a missing object: `namespaceInInput` (the input contains other objects of the workload\'s namespace) or `always`.',
    'ConfigMap and Secret names to skip, such as Secrets created by an operator.',
  ),
  peers: { kubeLinter: 'env-value-from' },
  peerDifferences:
    'kube-linter checks `env[].valueFrom` only and reports whatever else the input holds; drydock also checks `envFrom` and volumes, counts generated Secrets as present, and reports a missing object only when the input contains other objects of the namespace (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const refs = configReferencesOf(resource);
    if (refs.length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const judgeMissing = options.reportWhen === 'always' || namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace);
    let generated: Set<string> | undefined;
    for (const { kind, ref, path, nameField } of refs) {
      const name = ref[nameField];
      if (typeof name !== 'string' || name === '' || ref.optional === true) continue;
      if (options.ignore.includes(name) || (kind === 'ConfigMap' && clusterProvided.includes(name))) continue;
      const object = findInNamespace(resources, kind, name, namespace, defaultNamespace);
      if (object) {
        const key = ref.key;
        // several objects of one name (alternatives, overlays): the key may be in any of them
        if (typeof key === 'string' && !hasKey(object, key) && !ofKindIn(resources, kind, namespace, defaultNamespace).some((other) => other.name === name && hasKey(other, key))) report({ messageId: 'keyMissing', path: [...path, 'key'], data: { kind, name, key } });
        continue;
      }
      if (!judgeMissing) continue;
      generated ??= generatedSecretNames(resources, namespace, defaultNamespace);
      if (kind === 'Secret' && generated.has(name)) continue;
      report({ messageId: 'objectMissing', path: [...path, nameField], data: { kind, name, namespace } });
    }
  },
});
