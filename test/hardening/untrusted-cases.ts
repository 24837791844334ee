import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Random } from './mutate.js';

/**
 * Fuzz cases for what a pull request controls besides manifests: `.drydock.yaml`, CRDs whose
 * `pattern`s and CEL rules run on custom resources, and links. Each case is a small repository
 * written into a folder; the checker then runs the pipeline on it.
 */

/** Text no output may ever contain: it lives only in a file outside the repository root. */
export const outsideMarker = 'OUTSIDE-ROOT-MARKER-5d1e';

// patterns a stranger might write: catastrophic for a backtracking engine, valid only in Go,
// valid only in JavaScript, or not valid anywhere
const patterns = [
  '^(a+)+$', '(x+x+)+y', '^(a|aa)*b$', '(.*a){25}', '^([a-z0-9]+-?)+$', '(?=a)a', '(a)\\1', '[[:alpha:]]+',
  '\\pL+', '(?i)abc', 'abc\\z', '\\Aabc', '(?P<n>x)', '[', '(', '*', 'a{1001}', 'a{2,1}', '', '.*', '\\', '(?<!a)b',
];

const celRules = [
  (p: string) => `self.text.matches('${p.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}')`,
  () => 'self.items.all(a, self.items.all(b, self.items.all(c, a + b + c >= 0)))',
  () => 'self.items.all(a, self.items.exists(b, a == b))',
  () => 'self.items.map(a, self.items.map(b, a * b)).size() >= 0',
  () => 'size(self.items) < 100000',
  () => 'self.text.size() < 1000000',
  () => 'self.text + self.text + self.text != ""',
  () => 'self.(',
  () => 'self.nosuch.all(x, true)',
];

const configKeys = ['kubernetesVersion', 'ignore', 'schemas', 'rules', 'namespace', 'cluster', 'extends', 'unknownKey'];
const pathValues = ['../outside', '../outside/secret.yaml', '/etc', '/etc/passwd', 'link-out', 'link-out/secret.yaml', '.git/config', '.', 'k8s', 'nosuch', '~/x', '*', '**/*'];
const ruleEntries = [
  (p: string) => `required-label: [error, {labels: ['team=${p.replace(/'/g, "''")}']}]`,
  (p: string) => `forbidden-annotation: [warn, {annotations: ['x=${p.replace(/'/g, "''")}']}]`,
  () => 'privileged-container: off',
  () => 'no-such-rule: error',
  () => 'latest-tag: [error, {nosuch: 1}]',
];

function crd(rule: string, pattern: string, uniqueItems: boolean): string {
  return JSON.stringify({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.fuzz.example.com' },
    spec: {
      group: 'fuzz.example.com',
      scope: 'Namespaced',
      names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
      versions: [{
        name: 'v1', served: true, storage: true,
        schema: { openAPIV3Schema: { type: 'object', properties: { spec: {
          type: 'object',
          'x-kubernetes-validations': [{ rule }],
          properties: {
            text: { type: 'string', pattern, maxLength: 1_000_000 },
            items: { type: 'array', maxItems: 100_000, items: { type: 'integer' }, ...(uniqueItems ? { uniqueItems: true } : {}) },
          },
        } } } },
      }],
    },
  }, null, 1);
}

/** Writes one case into `dir` (an empty folder inside a git repository whose parent holds `outside/`). */
export function writeUntrustedCase(dir: string, random: Random): string[] {
  const steps: string[] = [];
  const pattern = random.pick(patterns);
  const rule = random.pick(celRules)(random.pick(patterns));
  const uniqueItems = random.chance(0.2);
  const itemCount = random.pick([0, 3, 500, 3000]);
  const textLength = random.pick([5, 40, 5000, 200_000]);
  steps.push(`pattern ${JSON.stringify(pattern)}`, `rule ${JSON.stringify(rule)}`, `items ${itemCount}`, `text ${textLength}`);
  mkdirSync(path.join(dir, 'k8s'), { recursive: true });
  writeFileSync(path.join(dir, 'k8s', 'crd.json'), crd(rule, pattern, uniqueItems));
  const text = random.chance(0.5) ? `${'a'.repeat(textLength)}!` : 'x'.repeat(textLength);
  writeFileSync(path.join(dir, 'k8s', 'widget.yaml'), `apiVersion: fuzz.example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  labels: {team: "${'a'.repeat(Math.min(textLength, 63))}"}\nspec:\n  text: "${text}"\n  items: [${Array.from({ length: itemCount }, (_, i) => i).join(', ')}]\n`);
  writeFileSync(path.join(dir, 'k8s', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.25\n      securityContext: {privileged: true}\n');

  // links: out of the root (to a file, a folder, the git config), dangling, and a loop
  const links: [string, string][] = [
    ['k8s/secret.yaml', '../../outside/secret.yaml'],
    ['k8s/outside-dir', '../../outside'],
    ['k8s/git-config.yaml', '../.git/config'],
    ['k8s/dangling.yaml', 'no-such-file.yaml'],
    ['k8s/loop', '.'],
    ['link-out', '../outside'],
  ];
  for (const [from, to] of links) {
    if (!random.chance(0.5)) continue;
    symlinkSync(to, path.join(dir, from));
    steps.push(`link ${from} -> ${to}`);
  }

  if (random.chance(0.7)) {
    const lines: string[] = [];
    for (const key of configKeys) {
      if (!random.chance(0.35)) continue;
      if (key === 'rules') lines.push(`rules:\n  ${random.pick(ruleEntries)(random.pick(patterns))}`);
      else if (key === 'ignore' || key === 'schemas') lines.push(`${key}: [${JSON.stringify(random.pick(pathValues))}]`);
      else if (key === 'cluster') lines.push(`cluster: ${JSON.stringify(random.pick(pathValues))}`);
      else if (key === 'kubernetesVersion') lines.push(`kubernetesVersion: ${random.pick(['"1.30"', '1.3', '"../1.30"', '[]'])}`);
      else lines.push(`${key}: ${random.pick(['x', '"../y"', '{}', '[1]', '*a', '&a b'])}`);
    }
    const config = lines.join('\n') + '\n';
    writeFileSync(path.join(dir, '.drydock.yaml'), config);
    steps.push(`config ${JSON.stringify(config)}`);
  }
  return steps;
}
