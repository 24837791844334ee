import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'unmasked-proc-mount',
  summary: 'Containers keep the default masked /proc.',
  rationale:
    'By default the runtime masks and makes read-only the parts of `/proc` that expose or control the host kernel (such as `/proc/sys`, `/proc/kcore` and `/proc/sysrq-trigger`). `procMount: Unmasked` removes that protection; it is meant only for nested container runtimes inside user-namespaced pods.',
  fix: 'Remove `securityContext.procMount` or set it to `Default`.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    unmasked: 'Container "{{container}}" sets procMount to "{{value}}" instead of Default.',
  },
  peers: { kubeLinter: 'unsafe-proc-mount', polaris: 'procMount' },
  peerDifferences: 'Like Polaris, drydock flags any `procMount` other than `Default`; kube-linter flags only `Unmasked`.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const procMount = effectiveSecurityContext(pod, container).get('procMount');
      if (procMount === undefined || procMount.value === 'Default') continue;
      const value = typeof procMount.value === 'string' ? procMount.value : JSON.stringify(procMount.value);
      report({ messageId: 'unmasked', path: procMount.path, data: { container: container.name, value } });
    }
  },
});
