import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { containersOf, couldBeCredentialValue, holdsPrivateKey, isObject, looksLikeCredentialName, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'secret-in-env-literal',
  summary: 'Secrets reach containers through Secret references, not literal env values.',
  rationale:
    'A literal `value` is stored in the manifest, in Git, in the workload object that anyone with read access to it can see, and in every tool that prints it. A `valueFrom.secretKeyRef` keeps the value in a Secret, whose access RBAC can restrict and which can be rotated without a new manifest.',
  fix: 'Move the value into a Secret and reference it with `valueFrom.secretKeyRef` (or mount the Secret as a file), then rotate the credential, since it has already been exposed. If the variable holds no secret, list its name in `ignoreNames`.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    sensitiveName: 'Container "{{container}}" sets env var "{{name}}", whose name suggests a secret, to a literal value.',
    privateKey: 'Container "{{container}}" has a private key written inline in env var "{{name}}".',
  },
  options: ruleOptions(
    {
      ignoreNames: { type: 'array', items: { type: 'string' }, description: 'Env var names that look sensitive but hold no secret.' },
    },
    { ignoreNames: [] as string[] },
  ),
  peers: { kubeLinter: 'env-var-secret', polaris: 'sensitiveContainerEnvVar' },
  peerDifferences:
    'drydock combines the name patterns of kube-linter (`secret`) and Polaris (password, token, bearer, cloud keys), and skips names that describe where a secret is rather than holding it (`*_FILE`, `*_PATH`, `*_URL`, `*_NAME`, `*_ID`…) or set something about it (`MAX_*`, `*_COUNT`, `*_VERSION`, `*_ALLOW_*`…), and values that are absolute paths, booleans, short numbers, variable references or template placeholders.',
  check({ resource, options, report }) {
    for (const container of containersOf(resource)) {
      const env = container.spec.env;
      if (!Array.isArray(env)) continue;
      env.forEach((entry: unknown, index) => {
        if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'string') return;
        if (entry.value.trim() === '' || options.ignoreNames.includes(entry.name)) return;
        const path = [...container.path, 'env', index, 'value'];
        const data = { container: container.name, name: entry.name };
        if (holdsPrivateKey(entry.value)) report({ messageId: 'privateKey', path, data });
        else if (looksLikeCredentialName(entry.name) && couldBeCredentialValue(entry.value)) report({ messageId: 'sensitiveName', path, data });
      });
    }
  },
});
