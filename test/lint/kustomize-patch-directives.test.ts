import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

// `# drydock-disable` comments written in kustomize patches: they act on findings in what the
// patch wrote, and never on validation
/** A temporary tree of files (path → text); returns its folder. */
const tree = tempTrees('drydock-patch-directives');

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: example/web:1.0
`;

/** A base Deployment and an overlay with the given patch file (and inline patches). */
function layout(patch: string, inline = ''): string {
  return tree({
    'base/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deploy.yaml\n',
    'base/deploy.yaml': deployment,
    'overlay/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../base\npatches:\n- path: patch.yaml\n${inline}`,
    'overlay/patch.yaml': patch,
  });
}

const shown = ['latest-tag', 'readiness-probe-missing', 'cpu-request-missing', 'unused-disable-directive', 'schema'];
async function findings(dir: string, report = true): Promise<string[]> {
  const result = await lint({ paths: ['.'], cwd: dir, root: dir, reportUnusedDisableDirectives: report });
  return result.diagnostics.filter((d) => shown.includes(d.ruleId)).map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
}

const sidecarPatch = (comment: string, image = 'busybox') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: side
${comment}        image: ${image}
`;

describe('drydock-disable comments in kustomize patch files', () => {
  it('reports what a patch writes, without comments', async () => {
    expect(await findings(layout(sidecarPatch('')))).toEqual([
      'base/deploy.yaml:13:9 cpu-request-missing',
      'base/deploy.yaml:13:9 readiness-probe-missing',
      'overlay/patch.yaml:9:9 cpu-request-missing',
      'overlay/patch.yaml:9:9 readiness-probe-missing',
      'overlay/patch.yaml:10:16 latest-tag',
    ]);
  });

  it('silences the finding on the next line of the patch file', async () => {
    expect(await findings(layout(sidecarPatch('        # drydock-disable-next-line latest-tag\n')))).toEqual([
      'base/deploy.yaml:13:9 cpu-request-missing',
      'base/deploy.yaml:13:9 readiness-probe-missing',
      'overlay/patch.yaml:9:9 cpu-request-missing',
      'overlay/patch.yaml:9:9 readiness-probe-missing',
    ]);
  });

  it('reports an unused next-line comment in a patch file', async () => {
    expect(await findings(layout(sidecarPatch('        # drydock-disable-next-line latest-tag\n', 'busybox:1.36')))).toEqual([
      'base/deploy.yaml:13:9 cpu-request-missing',
      'base/deploy.yaml:13:9 readiness-probe-missing',
      'overlay/patch.yaml:9:9 cpu-request-missing',
      'overlay/patch.yaml:9:9 readiness-probe-missing',
      'overlay/patch.yaml:10:1 unused-disable-directive',
    ]);
  });

  it('lets a whole-document comment in a patch act only on findings in that patch document, not the whole built object', async () => {
    const patch = `# drydock-disable readiness-probe-missing\n${sidecarPatch('')}---\n${sidecarPatch('').replace('name: side', 'name: other')}`;
    expect(await findings(layout(patch))).toEqual([
      'base/deploy.yaml:13:9 cpu-request-missing',
      'base/deploy.yaml:13:9 readiness-probe-missing',
      'overlay/patch.yaml:10:9 cpu-request-missing',
      'overlay/patch.yaml:11:16 latest-tag',
      'overlay/patch.yaml:21:9 cpu-request-missing',
      'overlay/patch.yaml:21:9 readiness-probe-missing',
      'overlay/patch.yaml:22:16 latest-tag',
    ]);
  });

  it('reads comments in a patch written inline in the kustomization', async () => {
    const inline = '- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: web}\n    spec:\n      template:\n        spec:\n          containers:\n          - name: third\n            # drydock-disable-next-line latest-tag\n            image: redis\n';
    expect((await findings(layout(sidecarPatch('        # drydock-disable-next-line latest-tag\n'), inline))).filter((line) => line.startsWith('overlay/kustomization.yaml'))).toEqual([
      'overlay/kustomization.yaml:15:13 cpu-request-missing',
      'overlay/kustomization.yaml:15:13 readiness-probe-missing',
    ]);
  });

  it('reads comments in a JSON 6902 patch file', async () => {
    const dir = layout(sidecarPatch('', 'busybox:1.36'), '- path: ops.yaml\n  target: {kind: Deployment, name: web}\n');
    writeFileSync(path.join(dir, 'overlay/ops.yaml'), '- op: add\n  path: /spec/template/spec/containers/-\n  # drydock-disable-next-line latest-tag, cpu-request-missing\n  value: {name: third, image: redis}\n');
    expect((await findings(dir)).filter((line) => line.startsWith('overlay/ops.yaml'))).toEqual(['overlay/ops.yaml:4:3 readiness-probe-missing']);
  });

  it('gives one built object at most 64 comments from its patches (a patch with a target reaches every object)', async () => {
    const patch = `${'# drydock-disable-next-line no-such-rule\n'.repeat(100)}${sidecarPatch('')}`;
    const lines = await findings(layout(patch));
    expect(lines.filter((line) => line.endsWith('unused-disable-directive'))).toHaveLength(64);
    expect(lines.filter((line) => !line.endsWith('unused-disable-directive'))).toEqual([
      'base/deploy.yaml:13:9 cpu-request-missing',
      'base/deploy.yaml:13:9 readiness-probe-missing',
      'overlay/patch.yaml:109:9 cpu-request-missing',
      'overlay/patch.yaml:109:9 readiness-probe-missing',
      'overlay/patch.yaml:110:16 latest-tag',
    ]);
  });

  it('never silences validation', async () => {
    const patch = '# drydock-disable\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  # drydock-disable-next-line\n  replicas: "three"\n';
    expect(await findings(layout(patch), false)).toEqual(['base/deploy.yaml:13:9 cpu-request-missing', 'base/deploy.yaml:13:9 readiness-probe-missing', 'overlay/patch.yaml:8:13 schema']);
  });
});

describe('drydock-disable comments in the kustomization file', () => {
  /** An overlay that sets the image tag to latest, with `comment` above the tag. */
  const imageOverlay = (comment: string) =>
    tree({
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'base/deploy.yaml': deployment,
      'overlay/kustomization.yaml': `resources:\n- ../base\nimages:\n- name: example/web\n${comment}  newTag: latest\n`,
    });

  it('silences a finding on the line the kustomization wrote, and only that one', async () => {
    expect((await findings(imageOverlay(''))).filter((line) => line.includes('latest-tag'))).toEqual(['overlay/kustomization.yaml:5:11 latest-tag']);
    expect((await findings(imageOverlay('  # drydock-disable-next-line latest-tag\n'))).filter((line) => line.includes('latest-tag') || line.includes('unused'))).toEqual([]);
    // a comment that silences nothing is reported where it is written
    expect((await findings(imageOverlay('  # drydock-disable-next-line host-network\n'))).filter((line) => line.includes('latest-tag') || line.includes('unused'))).toEqual([
      'overlay/kustomization.yaml:5:1 unused-disable-directive',
      'overlay/kustomization.yaml:6:11 latest-tag',
    ]);
  });
});
