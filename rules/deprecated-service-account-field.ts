import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'deprecated-service-account-field',
  summary: 'Pod specs use serviceAccountName, not the deprecated serviceAccount.',
  rationale:
    '`spec.serviceAccount` is a deprecated alias of `serviceAccountName`, kept only for old clients. When the two disagree, `serviceAccountName` wins, so a manifest that changes only `serviceAccount` silently keeps the old identity.',
  fix: 'Rename `serviceAccount` to `serviceAccountName` (or remove it when `serviceAccountName` is already set).',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    deprecated: 'The pod spec sets the deprecated serviceAccount field ("{{name}}"); use serviceAccountName.',
  },
  peers: { kubeLinter: 'deprecated-service-account-field' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    const name = pod?.spec.serviceAccount;
    if (pod && typeof name === 'string' && name !== '') {
      report({ messageId: 'deprecated', path: [...pod.path, 'serviceAccount'], target: 'key', data: { name } });
    }
  },
});
