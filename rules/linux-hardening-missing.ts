import { defineRule } from '../src/lint/rule-api.js';
import { capabilitiesOf, containersOf, effectiveSecurityContext, isObject, podSpecOf, podTemplatePath, valueAt, type ContainerRef, type JsonObject, type JsonPath, workloadKinds } from '../src/resources/index.js';

const confiningTypes = ['RuntimeDefault', 'Localhost'];
const appArmorAnnotationPrefix = 'container.apparmor.security.beta.kubernetes.io/';
const seccompPodAnnotations = ['seccomp.security.alpha.kubernetes.io/pod', 'seccomp.security.alpha.kubernetes.io/defaultProfileName'];
const seccompContainerAnnotationPrefix = 'container.seccomp.security.alpha.kubernetes.io/';

export default defineRule({
  id: 'linux-hardening-missing',
  summary: 'Every container has at least one Linux hardening: a seccomp or AppArmor profile, SELinux options, or dropping ALL capabilities.',
  rationale:
    'A container with none of these runs with everything the runtime allows: every system call, no mandatory access control, and the default capabilities. Any one of them takes away much of what an attacker who gets into the container could use against the kernel or the node. This rule asks for the minimum; `seccomp-profile-missing` and `capabilities-not-dropped` ask for each one separately.',
  fix: 'The simplest is `securityContext.seccompProfile: {type: RuntimeDefault}` in the pod spec, which every container inherits. Dropping capabilities (`capabilities: {drop: [ALL]}` on each container), an `appArmorProfile` or `seLinuxOptions` also satisfy the rule.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    podMissing: 'No container of "{{name}}" has a seccomp, AppArmor or SELinux profile or drops ALL capabilities.',
    containerMissing: 'Container "{{container}}" has no seccomp, AppArmor or SELinux profile and does not drop ALL capabilities.',
  },
  peers: { polaris: 'linuxHardening' },
  peerDifferences:
    'Like Polaris, a profile of type `Unconfined`, an empty `seLinuxOptions` and dropping `ALL` while adding `ALL` back do not count. drydock also accepts the `appArmorProfile` field and the legacy seccomp annotations, skips Pods with `os.name: windows`, and reports once for the pod when no container is hardened.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod || (isObject(pod.spec.os) && pod.spec.os.name === 'windows')) return;
    const annotations = valueAt(resource.object, [...(podTemplatePath(resource.kind) ?? []), 'metadata', 'annotations']);
    const annotated = (key: string): boolean =>
      isObject(annotations) && typeof annotations[key] === 'string' && annotations[key] !== '' && annotations[key] !== 'unconfined';
    const podSeccomp = seccompPodAnnotations.some(annotated);

    const containers = containersOf(resource).filter((c) => c.kind !== 'ephemeral');
    const missing = containers.filter((container) => {
      if (podSeccomp || annotated(seccompContainerAnnotationPrefix + container.name) || annotated(appArmorAnnotationPrefix + container.name)) return false;
      return !isHardened(pod, container);
    });
    if (missing.length === 0) return;
    if (missing.length === containers.length) {
      // one finding: the fix is one pod-level setting
      report({ messageId: 'podMissing', path: [...pod.path, 'securityContext'], data: { name: resource.name } });
      return;
    }
    for (const container of missing) {
      report({ messageId: 'containerMissing', path: [...container.path, 'securityContext'], data: { container: container.name } });
    }
  },
});

function isHardened(pod: { path: JsonPath; spec: JsonObject }, container: ContainerRef): boolean {
  const context = effectiveSecurityContext(pod, container);
  const confines = (field: 'seccompProfile' | 'appArmorProfile'): boolean => {
    const profile = context.value(field);
    return isObject(profile) && typeof profile.type === 'string' && confiningTypes.includes(profile.type);
  };
  if (confines('seccompProfile') || confines('appArmorProfile')) return true;
  const seLinux = context.value('seLinuxOptions');
  if (isObject(seLinux) && Object.values(seLinux).some((value) => typeof value === 'string' && value !== '')) return true;
  const dropsAll = capabilitiesOf(container, 'drop').some((entry) => entry.name === 'ALL');
  return dropsAll && !capabilitiesOf(container, 'add').some((entry) => entry.name === 'ALL');
}
