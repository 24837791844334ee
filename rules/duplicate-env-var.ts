import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'duplicate-env-var',
  summary: 'A container defines each environment variable once.',
  rationale:
    'The API server accepts an `env` list that names a variable twice, and the container sees only the last definition. The earlier one is dead configuration that misleads readers, and a merge or patch that edits it has no effect.',
  fix: 'Remove all but one definition of the variable, keeping the value the container should get.',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    duplicate: 'Container "{{container}}" defines env var "{{name}}" again; the last definition wins.',
  },
  peers: { kubeLinter: 'duplicate-env-var', kubeScore: 'environment-variable-key-duplication' },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      const env = container.spec.env;
      if (!Array.isArray(env)) continue;
      const seen = new Set<string>();
      env.forEach((entry: unknown, index) => {
        if (!isObject(entry) || typeof entry.name !== 'string') return;
        if (seen.has(entry.name)) {
          report({ messageId: 'duplicate', path: [...container.path, 'env', index, 'name'], data: { container: container.name, name: entry.name } });
        }
        seen.add(entry.name);
      });
    }
  },
});
