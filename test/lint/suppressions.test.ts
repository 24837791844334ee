import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { prepareLint } from '../../src/lint/index.js';
import { ResourceSet } from '../../src/resources/index.js';
import { firstItems } from '../helpers/item-at.js';

const lintText = async (text: string, report = false) =>
  prepareLint({
    rules: { 'readiness-probe-missing': 'warn' },
    kubernetesVersion: '1.36',
    defaultNamespace: 'default',
    reportUnusedDisableDirectives: report,
  }).then((lint) => lint(new ResourceSet(loadText(text, 'm.yaml').resources)).filter((d) => d.ruleId === 'readiness-probe-missing' || d.ruleId === 'unused-disable-directive').map((d) => `${d.range.start.line} ${d.ruleId}`));

const pod = (annotations = '', name = 'p') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${annotations}spec:\n  containers:\n    - name: web\n      image: example/web:1.0\n`;

describe('an unused suppression comment', () => {
  it('quotes the rule names it read from the comment, and shows a few at most', async () => {
    const lint = await prepareLint({ rules: { 'readiness-probe-missing': 'warn' }, kubernetesVersion: '1.36', defaultNamespace: 'default', reportUnusedDisableDirectives: true });
    const text = `# drydock-disable no-such\u001b[2Jrule\n${pod()}---\n# drydock-disable a b c d e f g\n${pod('', 'q')}`;
    const messages = lint(new ResourceSet(loadText(text, 'm.yaml').resources)).filter((d) => d.ruleId === 'unused-disable-directive').map((d) => `${d.range.start.line} ${d.message}`);
    expect(messages).toEqual([
      '1 Unused drydock-disable directive (no finding of "no-such\\u001b[2Jrule" was silenced).',
      '11 Unused drydock-disable directive (no finding of "a", "b", "c", "d", "e" and 2 more was silenced).',
    ]);
  });
});

describe('suppressions', () => {
  it('reports the finding when nothing suppresses it', async () => {
    expect(await lintText(pod())).toEqual(['7 readiness-probe-missing']);
  });

  it.each([
    ['drydock.dev/ignore with the rule id', '  annotations:\n    drydock.dev/ignore: "latest-tag, readiness-probe-missing"\n'],
    ['drydock.dev/ignore with *', '  annotations:\n    drydock.dev/ignore: "*"\n'],
    ["kube-linter's ignore-check annotation", '  annotations:\n    ignore-check.kube-linter.io/no-readiness-probe: "sidecar only"\n'],
    ["kube-linter's ignore-all annotation", '  annotations:\n    kube-linter.io/ignore-all: "legacy"\n'],
    ["kube-score's ignore annotation", '  annotations:\n    kube-score/ignore: pod-probes\n'],
    ["Polaris's per-check exemption", '  annotations:\n    polaris.fairwinds.com/readinessProbeMissing-exempt: "true"\n'],
    ["Polaris's exempt annotation", '  annotations:\n    polaris.fairwinds.com/exempt: "true"\n'],
  ])('honours %s', async (_, annotations) => {
    expect(await lintText(pod(annotations))).toEqual([]);
  });

  it('honours the annotation on a pod template', async () => {
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata:\n      labels: {a: b}\n      annotations: {drydock.dev/ignore: readiness-probe-missing}\n    spec:\n      containers:\n        - name: web\n          image: example/web:1.0\n`;
    expect(await lintText(deployment)).toEqual([]);
  });

  it('applies drydock-disable-next-line only to findings in its own file (a kustomize build reports in patch files too)', async () => {
    const text = pod().replace('    - name: web', '    # drydock-disable-next-line readiness-probe-missing\n    - name: web');
    const [resource] = firstItems(loadText(text, 'm.yaml').resources, 1);
    const built = { ...resource, rangeOf: (path: (string | number)[], target?: 'key' | 'value') => ({ ...resource.rangeOf(path, target), file: 'patch.yaml' }) };
    const lint = await prepareLint({ rules: { 'readiness-probe-missing': 'warn' }, kubernetesVersion: '1.36', defaultNamespace: 'default' });
    const found = lint(new ResourceSet([built]));
    expect(found.filter((d) => d.ruleId === 'readiness-probe-missing').map((d) => `${d.range.file}:${d.range.start.line}`)).toEqual(['patch.yaml:8']);
  });

  it('honours drydock-disable-next-line on the line above the finding only', async () => {
    const text = pod().replace('    - name: web', '    # drydock-disable-next-line readiness-probe-missing\n    - name: web');
    expect(await lintText(text)).toEqual([]);
    const elsewhere = pod().replace('spec:', '# drydock-disable-next-line readiness-probe-missing\nspec:');
    expect(await lintText(elsewhere)).toEqual(['8 readiness-probe-missing']);
  });

  it('honours drydock-disable for its document only', async () => {
    const text = `# drydock-disable readiness-probe-missing\n${pod()}---\n${pod('', 'q')}`;
    expect(await lintText(text)).toEqual(['17 readiness-probe-missing']);
  });

  it('reports directives that silence nothing when asked', async () => {
    const text = `# drydock-disable latest-tag\n${pod()}`;
    expect(await lintText(text, true)).toEqual(['1 unused-disable-directive', '8 readiness-probe-missing']);
  });

  it('takes the annotation of the object a finding is about, even when another object has the same name', async () => {
    // the same Pod twice in one file (a copy-paste slip): only the first one is exempt
    const text = `${pod('  annotations:\n    drydock.dev/ignore: readiness-probe-missing\n')}---\n${pod()}`;
    expect(await lintText(text)).toEqual(['18 readiness-probe-missing']);
  });
});
