import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, isObject, podSpecOf, podTemplatePath, valueAt, type ContainerRef, type JsonPath, type Resource, workloadKinds } from '../src/resources/index.js';

/** Pod annotations older clusters and kube-score take as a pod-wide seccomp profile. */
const podAnnotations = ['seccomp.security.alpha.kubernetes.io/pod', 'seccomp.security.alpha.kubernetes.io/defaultProfileName'];
const containerAnnotationPrefix = 'container.seccomp.security.alpha.kubernetes.io/';

export default defineRule({
  id: 'seccomp-profile-missing',
  summary: 'A seccomp profile confines every container.',
  rationale:
    'Without a seccomp profile a container may make any of the kernel\'s several hundred system calls, including the rarely needed ones most container escapes go through. Kubernetes runs containers `Unconfined` unless a profile is set (or the kubelet is started with `--seccomp-default`).',
  fix: 'Set `securityContext.seccompProfile: {type: RuntimeDefault}` in the pod spec (or `Localhost` with a profile of your own), so every container inherits it.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    podMissing: 'No seccomp profile is set for the pod or any of its containers.',
    containerMissing: 'Container "{{container}}" has no seccomp profile, on its own or from the pod.',
    unconfined: 'Container "{{container}}" runs with the Unconfined seccomp profile.',
  },
  peers: { kubeScore: 'container-seccomp-profile' },
  peerDifferences:
    'kube-score looks at regular containers only and accepts any profile; drydock also checks init containers and flags `type: Unconfined`, which is the same as having no profile.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const annotations = valueAt(resource.object, [...(podTemplatePath(resource.kind) ?? []), 'metadata', 'annotations']);
    const annotated = (key: string): boolean => isObject(annotations) && typeof annotations[key] === 'string' && annotations[key] !== 'unconfined';
    if (podAnnotations.some(annotated)) return;

    const containers = containersOf(resource).filter((c) => c.kind !== 'ephemeral');
    const missing: ContainerRef[] = [];
    for (const container of containers) {
      const profile = effectiveSecurityContext(pod, container).get('seccompProfile');
      if (profile === undefined) {
        if (!annotated(containerAnnotationPrefix + container.name)) missing.push(container);
      } else if (isObject(profile.value) && profile.value.type === 'Unconfined') {
        report({ messageId: 'unconfined', path: [...profile.path, 'type'], data: { container: container.name } });
      }
    }
    if (missing.length > 0 && missing.length === containers.length) {
      // one finding: the fix is one pod-level setting
      report({ messageId: 'podMissing', path: podContextPath(resource, pod) });
    } else {
      for (const container of missing) {
        report({ messageId: 'containerMissing', path: effectiveSecurityContext(pod, container).missingPath('seccompProfile'), data: { container: container.name } });
      }
    }
  },
});

/** The pod's seccompProfile, or its securityContext key when that is not an object. */
function podContextPath(resource: Resource, pod: { path: JsonPath }): JsonPath {
  const context = valueAt(resource.object, [...pod.path, 'securityContext']);
  return isObject(context) ? [...pod.path, 'securityContext', 'seccompProfile'] : [...pod.path, 'securityContext'];
}
