// Starts a rule: writes the five files test/rules/consistency.test.ts expects of every rule (the
// rule, its test, its valid and invalid fixtures, its docs page), then regenerates the registry,
// the rules index page and the README table (npm run docs). The rule it writes works and passes
// its test, reporting a placeholder annotation, so you start from green and change it into yours.
// Run: npm run new-rule <id>   (from the repository root)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const id = process.argv[2];
if (id === undefined || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: npm run new-rule <id>   (kebab-case, subject first: readiness-probe-missing, latest-tag)');
  process.exit(2);
}
const root = process.cwd();
if (!existsSync(path.join(root, 'rules/index.ts'))) {
  console.error('run it from the repository root');
  process.exit(2);
}
const files = {
  rule: `rules/${id}.ts`,
  test: `test/rules/${id}.test.ts`,
  valid: `fixtures/rules/${id}/valid.yaml`,
  invalid: `fixtures/rules/${id}/invalid.yaml`,
};
for (const file of [...Object.values(files), `docs/rules/${id}.md`]) {
  if (existsSync(path.join(root, file))) {
    console.error(`${file} exists: the rule ${id} is already there`);
    process.exit(2);
  }
}

const annotation = `example.com/${id}`;
const templates = {
  rule: `import { defineRule } from '../src/lint/rule-api.js';
import { valueAt } from '../src/resources/index.js';

// TODO: a placeholder written by npm run new-rule; make it the rule you mean, then npm run docs
export default defineRule({
  id: '${id}',
  summary: 'One sentence: what a good manifest does (the docs page and drydock rules show it).',
  rationale: 'Why it matters: what breaks, and when, if a manifest does not.',
  fix: 'What to change in the manifest.',
  category: 'configuration',
  severity: 'warning',
  kinds: ['Pod'],
  // the smallest preset it belongs to: a new rule starts in all, so no existing run changes
  preset: 'all',
  messages: {
    placeholder: 'Pod "{{name}}" has the annotation ${annotation}.',
  },
  check({ resource, report }) {
    const path = ['metadata', 'annotations', '${annotation}'];
    if (valueAt(resource.object, path) !== undefined) report({ messageId: 'placeholder', path, data: { name: resource.name } });
  },
});
`,
  test: `import rule from '../../rules/${id}.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [{ messageId: 'placeholder', line: 6, column: ${annotation.length + 7}, data: { name: 'web' } }],
    },
  ],
});
`,
  valid: `# A Pod without the placeholder annotation.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example/web:1.0
`,
  invalid: `# A Pod with the placeholder annotation.
apiVersion: v1
kind: Pod
metadata:
  annotations:
    ${annotation}: "true"
  name: web
spec:
  containers:
    - name: web
      image: example/web:1.0
`,
};

mkdirSync(path.join(root, 'fixtures/rules', id), { recursive: true });
for (const [key, file] of Object.entries(files)) writeFileSync(path.join(root, file), templates[key]);
// the registry and every generated page (the rule's docs page among them)
execFileSync('npm', ['run', '-s', 'docs'], { cwd: root, stdio: 'inherit' });
console.log(`wrote ${[...Object.values(files), `docs/rules/${id}.md`].join(', ')}; updated rules/index.ts, docs/rules/README.md and README.md`);
console.log(`next: write the rule, its fixtures and test, then npm run docs and npx vitest run test/rules/${id}.test.ts test/rules/consistency.test.ts`);
