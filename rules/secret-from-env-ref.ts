import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'secret-from-env-ref',
  summary: 'Containers read Secrets from mounted files, not from environment variables.',
  rationale:
    'Environment variables leak more easily than files: they are inherited by every child process, show up in `/proc/<pid>/environ`, crash dumps, debug endpoints and error reports that print the environment, and are often logged by frameworks at start-up. They also never change while the container runs, so a rotated Secret needs a restart. A Secret volume is readable only through its mount path, can be limited with `defaultMode`, and is updated in place.',
  fix: 'Mount the Secret as a volume (`volumes[].secret` with a `volumeMounts` entry, `readOnly: true`) and have the application read the file; many libraries accept a `*_FILE` variable that names the file instead of the value.',
  category: 'security',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    envVar: 'Container "{{container}}" reads Secret "{{secret}}" into the environment variable "{{variable}}".',
    envFrom: 'Container "{{container}}" loads every key of Secret "{{secret}}" into its environment.',
  },
  peers: { kubeLinter: 'read-secret-from-env-var' },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      const { env, envFrom } = container.spec;
      if (Array.isArray(env)) {
        env.forEach((variable: unknown, index) => {
          if (!isObject(variable) || !isObject(variable.valueFrom) || !isObject(variable.valueFrom.secretKeyRef)) return;
          const ref = variable.valueFrom.secretKeyRef;
          report({
            messageId: 'envVar',
            path: [...container.path, 'env', index, 'valueFrom', 'secretKeyRef'],
            data: { container: container.name, secret: nameOf(ref), variable: typeof variable.name === 'string' ? variable.name : '' },
          });
        });
      }
      if (Array.isArray(envFrom)) {
        envFrom.forEach((source: unknown, index) => {
          if (!isObject(source) || !isObject(source.secretRef)) return;
          report({ messageId: 'envFrom', path: [...container.path, 'envFrom', index, 'secretRef'], data: { container: container.name, secret: nameOf(source.secretRef) } });
        });
      }
    }
  },
});

function nameOf(ref: Record<string, unknown>): string {
  return typeof ref.name === 'string' ? ref.name : '';
}
