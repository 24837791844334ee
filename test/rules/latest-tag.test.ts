import rule from '../../rules/latest-tag.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'leaves a missing image to the controller or a later patch', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n' },
    { name: 'a tag that only contains the word latest', yaml: pod('example/app:latest-stable') },
    { name: 'a ko:// import path, built and pinned by digest by ko', yaml: pod('ko://knative.dev/serving/cmd/activator') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noTag', line: 15, column: 18, data: { container: 'migrate', image: 'registry.example.com:5000/team/migrate' } },
        { messageId: 'latest', line: 18, column: 18, data: { container: 'web', image: 'example/web:latest' } },
        { messageId: 'noTag', line: 20, column: 18, data: { container: 'proxy', image: 'nginx' } },
        { messageId: 'latest', line: 36, column: 22, data: { container: 'report' } },
      ],
    },
    { name: 'an image whose registry path merely mentions ko', yaml: pod('ko.example.com/ko/app'), errors: [{ messageId: 'noTag', line: 7, column: 14 }] },
    { name: 'an empty tag after the colon', yaml: pod('"example/app:"'), errors: [{ messageId: 'noTag', line: 7, column: 14 }] },
  ],
});
