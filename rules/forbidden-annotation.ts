import { defineRule, metadataValueMatches, parseMetadataPattern, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, metadataPolicyKinds, nameMatchesAny, podTemplatePath, valueAt, type JsonPath } from '../src/resources/index.js';

export default defineRule({
  id: 'forbidden-annotation',
  summary: 'Objects do not carry annotations the team forbids.',
  rationale:
    'Some annotations should never reach a cluster: a `kubectl.kubernetes.io/last-applied-configuration` copied from a live object (it makes the manifest an export of the cluster rather than its source, and for a Secret repeats its data in clear text), ' +
    'an opt-out that bypasses a platform control (`sidecar.istio.io/inject: "false"`), or a value a controller will misread, such as an IAM role annotation that is not an ARN.\n\n' +
    'drydock reports each annotation of `metadata.annotations` that matches an entry of `annotations`: `key` forbids the annotation whatever its value, `key=regex` forbids values the regex matches in full, and `key!=regex` forbids the values it does not match (`eks.amazonaws.com/role-arn!=arn:aws:iam::\\d{12}:role/.+` forbids every value that is not a role ARN). ' +
    'Regexes have Go\'s RE2 syntax (no lookaround or backreferences) and run in linear time. A trailing `*` in a key matches a prefix, and a regex RE2 cannot compile is compared as literal text. ' +
    'With `podTemplates` (the default), the pod templates of workloads are checked too, since their annotations reach every Pod. ' +
    'By default only `kubectl.kubernetes.io/last-applied-configuration` is forbidden.',
  fix: 'Remove the annotation, or change its value so that it no longer matches the forbidden pattern. For `last-applied-configuration`, keep the manifest you applied, not the object read back from the cluster.',
  category: 'configuration',
  severity: 'warning',
  kinds: metadataPolicyKinds,
  preset: 'all',
  messages: {
    forbidden: '{{kind}} "{{name}}" carries the forbidden annotation "{{annotation}}".',
    forbiddenValue: '{{kind}} "{{name}}" sets annotation "{{annotation}}" to a forbidden value (one matching "{{pattern}}").',
    valueNotAllowed: '{{kind}} "{{name}}" sets annotation "{{annotation}}" to a forbidden value (one not matching "{{pattern}}").',
  },
  options: ruleOptions(
    {
      annotations: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'The forbidden annotations: `key` (any value), or `key=regex` to forbid the values the regex matches in full, or `key!=regex` those it does not match (Go RE2 syntax); a trailing `*` in the key matches a prefix.',
      },
      kinds: {
        type: 'array',
        items: { enum: [...metadataPolicyKinds] },
        description: 'The kinds of objects to check.',
      },
      podTemplates: {
        type: 'boolean',
        description: 'Also check the annotations of workloads\' pod templates.',
      },
    },
    {
      annotations: ['kubectl.kubernetes.io/last-applied-configuration'] as string[],
      kinds: [...metadataPolicyKinds] as string[],
      podTemplates: true,
    },
  ),
  peers: { kubeLinter: 'forbidden-annotation' },
  peerDifferences:
    'kube-linter has no built-in check, only a `forbidden-annotation` template that teams configure with one key and value pattern per check (Go syntax, matched anywhere in the value); drydock takes a list, anchors each regex to the whole value, checks pod templates too, and forbids `last-applied-configuration` by default.',
  check({ resource, options, report }) {
    if (options.annotations.length === 0 || !options.kinds.includes(resource.kind)) return;
    const patterns = options.annotations.map(parseMetadataPattern);
    const places: JsonPath[] = [['metadata', 'annotations']];
    const template = podTemplatePath(resource.kind);
    if (options.podTemplates && template !== undefined && template.length > 0) places.push([...template, 'metadata', 'annotations']);
    for (const place of places) {
      const annotations = valueAt(resource.object, place);
      if (!isObject(annotations)) continue;
      for (const [key, value] of Object.entries(annotations)) {
        const pattern = patterns.find((p) => nameMatchesAny(key, [p.key]) && metadataValueMatches(p, value));
        if (!pattern) continue;
        const data = { kind: resource.kind, name: resource.name, annotation: key };
        if (pattern.value) report({ messageId: pattern.negated ? 'valueNotAllowed' : 'forbiddenValue', path: [...place, key], data: { ...data, pattern: pattern.valueText ?? '' } });
        else report({ messageId: 'forbidden', path: [...place, key], target: 'key', data });
      }
    }
  },
});
