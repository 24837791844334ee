import { defineRule, missingObjectOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, valueAt, namespaceHasOtherObjects, hpaTargets } from '../src/resources/index.js';

export default defineRule({
  id: 'hpa-target-missing',
  summary: 'A HorizontalPodAutoscaler scales an object of the input.',
  rationale:
    'An HPA whose `scaleTargetRef` names nothing scales nothing: the workload it was meant for runs at its fixed replica count, and the HPA reports `FailedGetScale`. A renamed Deployment or a wrong `kind` is the usual cause.\n\n' +
    'drydock looks for an object of the target\'s `kind` and `name` (and API group, when `apiVersion` is given) in the HPA\'s namespace. ' +
    'It only reports when the input contains other objects of that namespace, so an HPA linted on its own stays quiet; set `reportWhen: always` to report it anyway.',
  fix: 'Correct `spec.scaleTargetRef` (`apiVersion`, `kind`, `name`) to name the workload to scale, or add that workload to the manifests.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['HorizontalPodAutoscaler'],
  preset: 'recommended',
  messages: {
    targetMissing: 'HorizontalPodAutoscaler "{{hpa}}" scales {{kind}} "{{name}}", which is not in namespace "{{namespace}}" of the input.',
  },
  options: missingObjectOptions('When to report: `namespaceInInput` (the input contains other objects of the HPA\'s namespace) or `always`.'),
  peers: { kubeLinter: 'dangling-horizontalpodautoscaler', kubeScore: 'horizontalpodautoscaler-has-target' },
  peerDifferences:
    'Both peers report a missing target whatever else the input holds; drydock only does when the input contains other objects of the HPA\'s namespace (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const ref = valueAt(resource.object, ['spec', 'scaleTargetRef']);
    if (!isObject(ref) || typeof ref.kind !== 'string' || typeof ref.name !== 'string' || ref.name === '') return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (options.reportWhen !== 'always' && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    if (resources.ofKind(ref.kind).some((target) => hpaTargets(resource, target, defaultNamespace))) return;
    report({ messageId: 'targetMissing', path: ['spec', 'scaleTargetRef', 'name'], data: { hpa: resource.name, kind: ref.kind, name: ref.name, namespace } });
  },
});
