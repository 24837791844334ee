import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { containersOf, hasDelimitedRun, isObject, workloadKinds } from '../src/resources/index.js';

// Names of variables that usually hold credentials (after `-` and `.` become `_`).
const sensitiveName = /secret|passw(?:or)?d|token|bearer|api_?key|private_?key|access_?key|credential|^azure_\w*key$|^oci_cli_key_content$/i;
// Names that mention a secret but hold something else: where it is, what it is called, how long it lives.
const referenceName =
  /_(?:file|path|dir|directory|url|uri|endpoint|host|hostname|port|name|id|ref|type|header|ttl|expiry|expiration|lifetime|timeout|interval|seconds|minutes|hours|days|length|size|enabled|disabled|mode|location|audience|issuer)$/i;
// Names that count, limit, version or switch something a secret is involved in: `MAX_TOTAL_TOKENS`,
// `MYSQL_ALLOW_EMPTY_PASSWORD`, `SECRET_VERSION`.
const settingName = /^(?:max|min|num)_|_(?:count|limit|version|max|min)$|(?:^|_)(?:allow|enable|disable|use|require|skip)_/i;
// `BEGIN … PRIVATE KEY` with capitals, digits and spaces between, as PEM headers are
const isHeaderCharacter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === ' ';
// `$(OTHER_VAR)` expands another variable and `${…}`/`{{…}}` are left for a templating step.
const placeholder = /^\s*(?:\$\(.*\)|\$\{.*\}|\{\{.*\}\})\s*$/s;

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
        if (hasDelimitedRun(entry.value, 'BEGIN ', isHeaderCharacter, 'PRIVATE KEY')) report({ messageId: 'privateKey', path, data });
        else if (looksSensitive(entry.name) && looksLikeSecretValue(entry.value)) report({ messageId: 'sensitiveName', path, data });
      });
    }
  },
});

function looksSensitive(name: string): boolean {
  const normalized = name.replace(/[-.]/g, '_');
  return sensitiveName.test(normalized) && !referenceName.test(normalized) && !settingName.test(normalized);
}

function looksLikeSecretValue(value: string): boolean {
  const text = value.trim();
  // a short number (a size, a count, a flag such as "1") is no credential
  return !placeholder.test(text) && !text.startsWith('/') && !/^(?:true|false)$/i.test(text) && !/^\d{1,5}$/.test(text);
}
