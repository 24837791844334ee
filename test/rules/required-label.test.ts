import rule from '../../rules/required-label.js';
import { ruleTester } from '../helpers/rule-tester.js';

const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    owner: Team-Shop\nspec:\n  ports: [{port: 80}]\n';
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {owner: team-shop}\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a configured label with a matching value', yaml: pod, options: { labels: ['owner=team-[a-z]+'] } },
    { name: 'a kind left out of kinds', yaml: service, options: { labels: ['owner=team-[a-z]+'] } },
    { name: 'no labels configured', yaml: pod, options: { labels: [] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 4, column: 1, data: { kind: 'StatefulSet', name: 'db', label: 'app.kubernetes.io/name' } },
        { messageId: 'missing', line: 25, column: 3, data: { kind: 'CronJob', name: 'report' } },
      ],
    },
    {
      name: 'the value must match the whole pattern',
      yaml: service,
      options: { labels: ['owner=team-[a-z]+'], kinds: ['Service'] },
      errors: [{ messageId: 'badValue', line: 6, column: 12, data: { label: 'owner', value: 'Team-Shop', pattern: 'team-[a-z]+' } }],
    },
    {
      name: 'each missing label is reported',
      yaml: pod,
      options: { labels: ['owner', 'app.kubernetes.io/name', 'app.kubernetes.io/part-of'] },
      errors: [
        { messageId: 'missing', line: 5, column: 3, data: { label: 'app.kubernetes.io/name' } },
        { messageId: 'missing', line: 5, column: 3, data: { label: 'app.kubernetes.io/part-of' } },
      ],
    },
    { name: 'a regex that does not compile is compared literally', yaml: pod, options: { labels: ['owner=team-(shop'] }, errors: [{ messageId: 'badValue', line: 5, column: 19, data: { value: 'team-shop', pattern: 'team-(shop' } }] },
  ],
});
