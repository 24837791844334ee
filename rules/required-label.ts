import { defineRule, metadataValueMatches, parseMetadataPattern, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, metadataPolicyKinds, missingFieldPath, valueAt, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'required-label',
  summary: 'Objects carry the labels the team requires.',
  rationale:
    'Labels are how people and tools find what an object belongs to: dashboards and cost reports group by them, `kubectl get -l` and policies select by them, and on-call needs to know who owns a failing workload. ' +
    'A label that only some objects carry makes all of that quietly incomplete.\n\n' +
    'drydock checks the object\'s own `metadata.labels` (not the pod template\'s) against the entries of `labels`: `key` asks for the label, `key=regex` also asks that the regex match the whole value (`team=[a-z-]+`). ' +
    'The regex has Go\'s RE2 syntax (no lookaround or backreferences) and runs in linear time; one RE2 cannot compile is compared as literal text. By default it asks the workloads for `app.kubernetes.io/name`, the first of the [recommended labels](https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/); `kinds` chooses the kinds to check.',
  fix: 'Add the label to `metadata.labels`, with a value that matches the configured pattern; when every object of a kustomization needs it, set it once with `labels:` (or `commonLabels:`) in `kustomization.yaml`.',
  category: 'configuration',
  severity: 'info',
  kinds: metadataPolicyKinds,
  preset: 'all',
  messages: {
    missing: '{{kind}} "{{name}}" has no label "{{label}}".',
    badValue: '{{kind}} "{{name}}" has label "{{label}}" set to "{{value}}", which does not match the required pattern "{{pattern}}".',
  },
  options: ruleOptions(
    {
      labels: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'The required labels: `key`, or `key=regex` to require a value that the regex matches in full.',
      },
      kinds: {
        type: 'array',
        items: { enum: [...metadataPolicyKinds] },
        description: 'The kinds of objects that must carry the labels.',
      },
    },
    { labels: ['app.kubernetes.io/name'] as string[], kinds: [...workloadKinds] as string[] },
  ),
  peers: { kubeLinter: 'required-label-owner' },
  peerDifferences:
    'kube-linter\'s opt-in check asks for an `owner` label (a template lets teams configure others, one check per label); drydock takes a list of labels and asks for `app.kubernetes.io/name` by default. Set `labels: [owner]` to match kube-linter.',
  check({ resource, options, report }) {
    if (!options.kinds.includes(resource.kind)) return;
    const labels = valueAt(resource.object, ['metadata', 'labels']);
    for (const entry of options.labels) {
      const pattern = parseMetadataPattern(entry);
      const path = ['metadata', 'labels', pattern.key];
      const data = { kind: resource.kind, name: resource.name, label: pattern.key };
      if (!isObject(labels) || labels[pattern.key] === undefined || labels[pattern.key] === null) {
        report({ messageId: 'missing', path: missingFieldPath(resource.object, path), data });
      } else if (!metadataValueMatches(pattern, labels[pattern.key])) {
        const value = labels[pattern.key];
        report({ messageId: 'badValue', path, data: { ...data, value: typeof value === 'string' ? value : JSON.stringify(value), pattern: pattern.valueText ?? '' } });
      }
    }
  },
});
