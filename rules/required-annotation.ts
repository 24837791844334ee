import { defineRule, metadataValueMatches, parseMetadataPattern, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, metadataPolicyKinds, missingFieldPath, valueAt, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'required-annotation',
  summary: 'Objects carry the annotations the team requires, with well-formed values.',
  rationale:
    'Teams use annotations for facts that tools and people rely on but Kubernetes does not check: an owner\'s e-mail or on-call channel, a runbook link, a cost centre, a data classification. ' +
    'An object without them is the one nobody can find the owner of during an incident.\n\n' +
    'drydock checks the object\'s own `metadata.annotations` (not the pod template\'s) against the entries of `annotations`: `key` asks for the annotation, `key=regex` also asks that the regex match the whole value (`owner-email=.+@example\\.com`). ' +
    'The regex has Go\'s RE2 syntax (no lookaround or backreferences) and runs in linear time; one RE2 cannot compile is compared as literal text. Nothing is required until `annotations` is configured; `kinds` chooses the kinds to check (the workloads by default).',
  fix: 'Add the annotation to `metadata.annotations`, with a value that matches the configured pattern; when every object of a kustomization needs it, set it once with `commonAnnotations:` in `kustomization.yaml`.',
  category: 'configuration',
  severity: 'warning',
  kinds: metadataPolicyKinds,
  preset: 'all',
  messages: {
    missing: '{{kind}} "{{name}}" has no annotation "{{annotation}}".',
    badValue: '{{kind}} "{{name}}" has annotation "{{annotation}}" with a value that does not match the required pattern "{{pattern}}".',
  },
  options: ruleOptions(
    {
      annotations: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'The required annotations: `key`, or `key=regex` to require a value that the regex matches in full.',
      },
      kinds: {
        type: 'array',
        items: { enum: [...metadataPolicyKinds] },
        description: 'The kinds of objects that must carry the annotations.',
      },
    },
    { annotations: [] as string[], kinds: [...workloadKinds] as string[] },
  ),
  peers: { kubeLinter: 'required-annotation-email' },
  peerDifferences:
    'kube-linter\'s opt-in check asks for an `email` annotation holding an e-mail address (a template lets teams configure others, one check per annotation); drydock takes a list and requires nothing until it is configured. ' +
    'Set `annotations: ["email=[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+"]` to match kube-linter.',
  check({ resource, options, report }) {
    if (options.annotations.length === 0 || !options.kinds.includes(resource.kind)) return;
    const annotations = valueAt(resource.object, ['metadata', 'annotations']);
    for (const entry of options.annotations) {
      const pattern = parseMetadataPattern(entry);
      const path = ['metadata', 'annotations', pattern.key];
      const data = { kind: resource.kind, name: resource.name, annotation: pattern.key };
      if (!isObject(annotations) || annotations[pattern.key] === undefined || annotations[pattern.key] === null) {
        report({ messageId: 'missing', path: missingFieldPath(resource.object, path), data });
      } else if (!metadataValueMatches(pattern, annotations[pattern.key])) {
        // the value is not repeated: annotations may hold long or sensitive text
        report({ messageId: 'badValue', path, data: { ...data, pattern: pattern.valueText ?? '' } });
      }
    }
  },
});
