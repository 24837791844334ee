import { defineRule, missingObjectOptionsWithIgnore } from '../src/lint/rule-api.js';
import { isObject, namespaceHasOtherObjects, namespaceOf, ofKindIn, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'pvc-missing',
  summary: 'The PersistentVolumeClaims a pod spec mounts are in the input.',
  rationale:
    'A Pod whose volume names a PersistentVolumeClaim that does not exist stays Pending with `persistentvolumeclaim "…" not found`, and its controller keeps waiting.\n\n' +
    'drydock looks for a PersistentVolumeClaim of that name in the workload\'s namespace of the input. Claims a StatefulSet creates from its `volumeClaimTemplates` and generic ephemeral volumes are not references, so they are never reported. ' +
    'It only reports when the input contains other objects of the workload\'s namespace, so a workload linted on its own stays quiet; set `reportWhen: always` to report it anyway.',
  fix: 'Add the PersistentVolumeClaim to the manifests, correct `claimName`, or use `volumeClaimTemplates` (StatefulSet) or an `ephemeral` volume so the claim is created with the Pod.',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    missing: 'PersistentVolumeClaim "{{name}}" is not in namespace "{{namespace}}" of the input.',
  },
  options: missingObjectOptionsWithIgnore(
    'When to report: `namespaceInInput` (the input contains other objects of the workload\'s namespace) or `always`.',
    'Claim names to skip, such as claims a storage operator creates.',
  ),
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (options.reportWhen !== 'always' && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    const claims = new Set(ofKindIn(resources, 'PersistentVolumeClaim', namespace, defaultNamespace).map((claim) => claim.name));
    pod.spec.volumes.forEach((volume: unknown, index) => {
      if (!isObject(volume) || !isObject(volume.persistentVolumeClaim)) return;
      const name = volume.persistentVolumeClaim.claimName;
      if (typeof name !== 'string' || name === '' || claims.has(name) || options.ignore.includes(name)) return;
      report({ messageId: 'missing', path: [...pod.path, 'volumes', index, 'persistentVolumeClaim', 'claimName'], data: { name, namespace } });
    });
  },
});
