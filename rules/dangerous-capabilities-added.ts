import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { capabilitiesOf, containersOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'dangerous-capabilities-added',
  summary: 'Containers do not add the ALL, SYS_ADMIN or NET_ADMIN capabilities.',
  rationale:
    '`SYS_ADMIN` allows mounting filesystems and much of what root can do, `NET_ADMIN` allows reconfiguring the network of the pod (and of the node with `hostNetwork`), and `ALL` grants every capability: each is close to running privileged.',
  fix: 'Remove the capability from `securityContext.capabilities.add`, or add only the narrow capability the process needs (for example `NET_BIND_SERVICE`).',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    added: 'Container "{{container}}" adds the {{capability}} capability.',
  },
  options: ruleOptions(
    {
      capabilities: {
        type: 'array',
        items: { type: 'string' },
        description: 'Capabilities that count as dangerous when added (case-insensitive, with or without the `CAP_` prefix).',
      },
    },
    { capabilities: ['ALL', 'SYS_ADMIN', 'NET_ADMIN'] as string[] },
  ),
  peers: { polaris: 'dangerousCapabilities' },
  check({ resource, options, report }) {
    const dangerous = new Set(options.capabilities.map((name) => name.trim().toUpperCase().replace(/^CAP_/, '')));
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      for (const capability of capabilitiesOf(container, 'add')) {
        if (dangerous.has(capability.name)) report({ messageId: 'added', path: capability.path, data: { container: container.name, capability: capability.name } });
      }
    }
  },
});
