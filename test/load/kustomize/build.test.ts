import { mkdirSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKustomization } from '../../../src/load/kustomize/index.js';
import { lint, plan, validate } from '../../../src/index.js';
import type { Resource } from '../../../src/resources/index.js';
import { repoRoot } from '../../helpers/shared.js';
import { itemAt } from '../../helpers/item-at.js';
import { tempTrees } from '../../helpers/temp-tree.js';

const shop = path.join(repoRoot, 'fixtures', 'kustomize-unit', 'shop');
const build = (dir: string, root = repoRoot) => buildKustomization(dir, { root, cwd: shop })!;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read deep into built objects
type Loose = any;
const byKind = (resources: readonly Resource[], kind: string) => resources.find((r) => r.kind === kind) as Resource & { object: Loose };
const at = (range: { file: string; start: { line: number; column: number } }) => `${range.file}:${range.start.line}:${range.start.column}`;

/** A temporary tree of files (path → text); returns its folder. */
const tree = tempTrees('drydock-kustomize');

describe('kustomize build (compared by hand with kubectl kustomize v5.5)', () => {
  it('builds the prod overlay: prefix, namespace, labels, annotations, images, a component, both patch kinds', () => {
    const built = build(path.join(shop, 'overlays', 'prod'));
    expect(built.diagnostics).toEqual([]);
    expect(built.resources.map((r) => `${r.kind}/${r.namespace ?? ''}/${r.name}`)).toEqual([
      'Deployment/prod/prod-web', 'Service/prod/prod-web', 'ConfigMap/prod/prod-web-config', 'ServiceAccount/prod/prod-web', 'RoleBinding/prod/prod-web', 'Role/prod/prod-web',
    ]);
    const deployment = byKind(built.resources, 'Deployment').object;
    expect(deployment.spec.selector.matchLabels).toEqual({ app: 'web', env: 'prod' });
    expect(deployment.spec.template.metadata).toEqual({ labels: { app: 'web', env: 'prod' }, annotations: { team: 'web' } });
    expect(deployment.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true', team: 'web' });
    // the patch's new container comes first, as kustomize 5 merges lists
    expect(deployment.spec.template.spec.containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`)).toEqual(['sidecar=busybox', 'web=nginx:1.27']);
    expect(deployment.spec.template.spec.containers[1].envFrom).toEqual([{ configMapRef: { name: 'prod-web-config' } }]);
    expect(deployment.spec.template.spec.serviceAccountName).toBe('prod-web');
    const service = byKind(built.resources, 'Service').object;
    expect(service.spec).toEqual({ selector: { app: 'web', env: 'prod' }, ports: [{ port: 80, targetPort: 8080 }] });
    const binding = byKind(built.resources, 'RoleBinding').object;
    expect(binding.roleRef.name).toBe('prod-web');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'prod-web', namespace: 'prod' }]);
  });

  it('builds the dev overlay: suffix, labels into templates only, image digest, replicas, $patch: delete, patchesJson6902', () => {
    const built = build(path.join(shop, 'overlays', 'dev'));
    expect(built.resources.map((r) => `${r.kind}/${r.name}`)).toEqual(['Deployment/web-dev', 'Service/web-dev', 'ConfigMap/web-config-dev', 'RoleBinding/web-dev', 'Role/web-dev']);
    const deployment = byKind(built.resources, 'Deployment').object;
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector.matchLabels).toEqual({ app: 'web' });
    expect(deployment.spec.template.metadata.labels).toEqual({ app: 'web', env: 'dev' });
    expect(deployment.spec.template.spec.containers[0].image).toBe(`registry.example.com/nginx@sha256:${'0'.repeat(64)}`);
    expect(deployment.spec.template.spec.containers[0].readinessProbe).toEqual({ httpGet: { path: '/healthz', port: 80 } });
  });

  it('builds what kubectl kustomize 5.5 built: env and volumeMounts merged on their keys, an atomic list taken as written, labels into selectors and claim templates, references renamed', () => {
    const overlay = path.join(repoRoot, 'fixtures', 'kustomize-unit', 'database', 'overlay');
    const expected = JSON.parse(readFileSync(path.join(overlay, 'kubectl-kustomize-v5.5.out'), 'utf8')) as { kind: string }[];
    const built = buildKustomization(overlay, { root: repoRoot, cwd: overlay })!;
    const order = (list: { kind: string }[]) => [...list].sort((a, b) => (a.kind < b.kind ? -1 : 1));
    expect(order(built.resources.map((r) => r.object as { kind: string }))).toEqual(order(expected));
    // the Service's patch selects by a label the same kustomization adds after its patches: nothing, as in kustomize
    expect(built.diagnostics.map((d) => `${d.range.start.line} ${d.ruleId} ${d.severity}`)).toEqual(['34 kustomize/patch-matches-nothing warning']);
  });

  it('maps every built value to the line that wrote it: base, patch file, inline patch, kustomization', () => {
    const built = build(path.join(shop, 'overlays', 'prod'));
    const deployment = byKind(built.resources, 'Deployment');
    const spec = ['spec', 'template', 'spec'];
    expect(at(deployment.rangeOf(['spec', 'replicas']))).toBe('overlays/prod/replicas.yaml:6:13');
    expect(at(deployment.rangeOf(['metadata', 'name']))).toBe('overlays/prod/kustomization.yaml:4:13');
    expect(at(deployment.rangeOf(['metadata', 'namespace']))).toBe('overlays/prod/kustomization.yaml:3:12');
    expect(at(deployment.rangeOf([...spec, 'containers', 1, 'image']))).toBe('overlays/prod/kustomization.yaml:11:11');
    expect(at(deployment.rangeOf([...spec, 'containers', 1, 'ports', 0, 'containerPort']))).toBe('base/deployment.yaml:25:26');
    expect(at(deployment.rangeOf(['metadata', 'annotations', 'prometheus.io/scrape']))).toBe('components/monitoring/kustomization.yaml:10:31');
    expect(at(byKind(built.resources, 'Service').rangeOf(['spec', 'ports', 0, 'targetPort']))).toBe('overlays/prod/kustomization.yaml:24:14');
    expect(byKind(built.resources, 'Deployment').rangeOf([]).file).toBe('base/deployment.yaml');
  });

  it('reports a wrong type written in a patch at the patch line, and no patch or base as an incomplete object', async () => {
    const result = await validate({ paths: ['.'], cwd: shop });
    const found = result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
    expect(found).toEqual([
      'overlays/broken/kustomization.yaml:8:3 kustomize/patch-matches-nothing',
      'overlays/broken/kustomization.yaml:5:3 kustomize/missing-resource',
      'overlays/broken/kustomization.yaml:6:3 kustomize/remote-resource',
      'overlays/broken/kustomization.yaml:9:1 kustomize/unsupported-field',
      'overlays/prod/replicas.yaml:6:13 schema',
    ].sort());
    expect(result.kustomizationsBuilt).toBe(3);
  });

  it('checks a base on its own too with kustomizeBases', async () => {
    const result = await validate({ paths: ['.'], cwd: shop, kustomizeBases: true });
    // the base; a component is never built alone
    expect(result.kustomizationsBuilt).toBe(4);
  });

  it('checks a component no kustomization of the run uses through the overlay near it that does, never alone', async () => {
    const result = await validate({ paths: ['components'], cwd: shop });
    // overlays/prod uses components/monitoring: built once, with findings only in the component's files
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.files).toEqual(['components/monitoring/kustomization.yaml']);
    expect(result.diagnostics).toEqual([]);
  });

  it('gives lint the built objects: rules see the overlay names and report in the files that wrote the values', async () => {
    const result = await lint({ paths: ['overlays/prod'], cwd: shop });
    expect(result.diagnostics.some((d) => d.range.file === 'overlays/prod/replicas.yaml' && d.ruleId === 'schema')).toBe(true);
    expect([...result.resources].some((r) => r.name === 'prod-web')).toBe(true);
  });
});

describe('kustomize builds in runs', () => {
  it('gives plan the built objects', async () => {
    const result = await plan({ paths: ['overlays/dev'], cwd: shop });
    expect(result.plan?.changes.map((change) => `${change.kind}/${change.name}`).sort()).toEqual(['ConfigMap/web-config-dev', 'Deployment/web-dev', 'Role/web-dev', 'RoleBinding/web-dev', 'Service/web-dev']);
  });

  it('builds the kustomizations of a plan --base folder too', async () => {
    const result = await plan({ paths: ['overlays/dev'], cwd: shop, base: 'overlays/dev' });
    expect(result.plan?.changes.map((change) => change.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('checks a file named on the command line through the overlay that uses it (more in test/run/named-kustomize.test.ts)', async () => {
    const result = await validate({ paths: ['overlays/prod/replicas.yaml'], cwd: shop });
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual(['overlays/prod/replicas.yaml:6:13 schema']);
  });

  it('checks a Flux Kustomization named kustomization.yaml as the custom resource it is', async () => {
    const dir = tree({ 'clusters/kustomization.yaml': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  interval: 10m\n  path: ./apps\n  prune: true\n' });
    const result = await validate({ paths: ['.'], cwd: dir, root: dir });
    expect(result.kustomizationsBuilt).toBe(0);
    expect(result.files).toEqual(['clusters/kustomization.yaml']);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['schema/unknown-kind']);
  });

  it('lets an overlay patch an object its base renamed, by the name the base wrote', () => {
    const dir = tree({
      'base/kustomization.yaml': 'namePrefix: b-\nresources: [c.yaml]\n',
      'base/c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata: {a: "1"}\n',
      'o/kustomization.yaml': 'resources: [../base]\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: c}\n    data: {z: "9"}\n- target: {kind: ConfigMap, name: c}\n  patch: \'[{"op": "add", "path": "/data/b", "value": "2"}]\'\n',
    });
    const built = buildKustomization(path.join(dir, 'o'), { root: dir, cwd: dir })!;
    expect(built.diagnostics).toEqual([]);
    expect(built.resources.map((r) => r.object)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b-c' }, data: { a: '1', z: '9', b: '2' } }]);
  });
});

describe('kustomize build errors', () => {
  it('reports a cycle at the entry that closes it', () => {
    const dir = tree({ 'a/kustomization.yaml': 'resources:\n- ../b\n', 'b/kustomization.yaml': 'resources:\n- ../a\n' });
    const built = buildKustomization(path.join(dir, 'a'), { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual(['b/kustomization.yaml:2:3 kustomize/cycle']);
  });

  it('refuses files outside the kustomization\'s folder, as kustomize\'s default load restrictor does, and reads them anyway', () => {
    const dir = tree({
      'base/kustomization.yaml': 'resources:\n- cm.yaml\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n',
      'shared/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n',
      'shared/patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata: {a: "1"}\n',
      'shared/app.env': 'A=1\n',
      'overlay/kustomization.yaml': 'resources:\n- ../base\n- ../shared/extra.yaml\n- linked.yaml\npatches:\n- path: ../shared/patch.yaml\nconfigMapGenerator:\n- name: env\n  envs:\n  - ../shared/app.env\n',
    });
    // a link in the folder to a file outside it: kustomize resolves links before it judges
    symlinkSync('../shared/extra.yaml', path.join(dir, 'overlay', 'linked.yaml'));
    const lines = (built: { diagnostics: { ruleId: string; range: { file: string; start: { line: number; column: number } } }[] }) => built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
    const restricted = buildKustomization(path.join(dir, 'overlay'), { root: dir, cwd: dir })!;
    expect(lines(restricted)).toEqual([
      'overlay/kustomization.yaml:3:3 kustomize/load-restricted',
      'overlay/kustomization.yaml:4:3 kustomize/load-restricted',
      // the link is the same file again: an object added twice
      'overlay/linked.yaml:4:9 kustomize/duplicate-resource',
      // generators run before patches, as in kustomize
      'overlay/kustomization.yaml:10:5 kustomize/load-restricted',
      'overlay/kustomization.yaml:6:9 kustomize/load-restricted',
    ]);
    // the build goes on with the files, so what they hold is still checked
    expect(restricted.resources.map((r) => r.name).sort()).toEqual(['cm', 'env-89g4tffbfk', 'extra']);
    const open = buildKustomization(path.join(dir, 'overlay'), { root: dir, cwd: dir, loadRestrictor: 'LoadRestrictionsNone' })!;
    expect(lines(open)).toEqual(['overlay/linked.yaml:4:9 kustomize/duplicate-resource']);
  });

  it('refuses a number or boolean where kustomize reads a string (an unquoted newTag 1.10, a label value), as kubectl kustomize 5.5 does', () => {
    const dir = tree({
      'app/kustomization.yaml': 'resources:\n- pod.yaml\ncommonLabels:\n  v: 1\n  team: shop\nimages:\n- name: x\n  newTag: 1.10\n',
      'app/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: x\n',
    });
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.severity}`)).toEqual([
      'app/kustomization.yaml:4:6 kustomize/invalid-kustomization error',
      'app/kustomization.yaml:8:11 kustomize/invalid-kustomization error',
    ]);
    // the values kustomize would read are still applied; the refused ones are left out
    const pod = byKind(built.resources, 'Pod');
    expect(pod.object.metadata.labels).toEqual({ team: 'shop' });
    expect(pod.object.spec.containers[0].image).toBe('x');
  });

  it('refuses an object added twice, as kustomize does, at the later one\'s name (an unset namespace is default)', () => {
    const configMap = (namespace: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n${namespace}data: {x: "1"}\n`;
    const dir = tree({
      'base/kustomization.yaml': 'resources:\n- a.yaml\n- other.yaml\n',
      'base/a.yaml': configMap(''),
      // another namespace, another object
      'base/other.yaml': configMap('  namespace: other\n'),
      'overlay/kustomization.yaml': 'resources:\n- ../base\n- again.yaml\n',
      'overlay/again.yaml': configMap('  namespace: default\n'),
    });
    const built = buildKustomization(path.join(dir, 'overlay'), { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.severity} ${d.message}`)).toEqual([
      'overlay/again.yaml:4:9 kustomize/duplicate-resource error ConfigMap "a" is already in this build (base/a.yaml:4): kustomize refuses an object added twice (same apiVersion, kind, namespace and name) and fails the build',
    ]);
    expect(built.resources.map((r) => `${r.namespace ?? ''}/${r.name} ${r.source.file}`)).toEqual(['/a base/a.yaml', 'other/a base/other.yaml']);
  });

  it('refuses a resource outside the root with input/outside-root at the entry', () => {
    const dir = tree({ 'app/kustomization.yaml': 'resources:\n- ../../../etc\n' });
    const built = buildKustomization(path.join(dir, 'app'), { root: path.join(dir, 'app'), cwd: dir })!;
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.severity}`)).toEqual(['app/kustomization.yaml:2:3 input/outside-root warning']);
    expect(built.resources).toEqual([]);
  });

  it('reports a JSON 6902 operation that does not apply at its line in the patch', () => {
    const dir = tree({
      'kustomization.yaml': 'resources: [cm.yaml]\npatches:\n- target: {kind: ConfigMap}\n  path: ops.yaml\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata: {}\n',
      'ops.yaml': '- op: add\n  path: /data/x\n  value: "1"\n- op: remove\n  path: /nothere\n',
    });
    const built = buildKustomization(dir, { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual(['ops.yaml:4:3 kustomize/patch-failed']);
  });

  it('parses a patch target label selector once, not once per object', () => {
    // 50,000 requirements over 200 objects: about 0.4 s; parsing it for each object took 8 s
    const selector = Array.from({ length: 50_000 }, () => 'a=b').join(',');
    const configMaps = Array.from({ length: 200 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  labels: {a: b}\n`).join('---\n');
    const dir = tree({
      'kustomization.yaml': `resources: [cm.yaml]\npatches:\n- target: {labelSelector: "${selector}"}\n  patch: |\n    - {op: add, path: /data, value: {k: v}}\n`,
      'cm.yaml': configMaps,
    });
    const started = performance.now();
    const built = buildKustomization(dir, { root: dir, cwd: dir })!;
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(built.diagnostics).toEqual([]);
    expect(built.resources.filter((r) => (r.object as Loose).data?.k === 'v')).toHaveLength(200);
  });

  it('finds the failing JSON 6902 operation without applying the patch again (linear in its operations)', () => {
    // 4,000 operations before the one that fails: about 0.5 s; applying each prefix again took 10 s
    const operations = Array.from({ length: 4000 }, (_, i) => `- {op: add, path: /data/k${i}, value: x}\n`).join('');
    const dir = tree({
      'kustomization.yaml': 'resources: [cm.yaml]\npatches:\n- target: {kind: ConfigMap}\n  path: ops.yaml\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata: {}\n',
      'ops.yaml': `${operations}- {op: remove, path: /nothere}\n`,
    });
    const started = performance.now();
    const built = buildKustomization(dir, { root: dir, cwd: dir })!;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual(['ops.yaml:4001:3 kustomize/patch-failed']);
  });

  it('merges strategic patches as kustomize 5: null deletes, $patch: delete removes an item, $patch: replace a map', () => {
    const dir = tree({
      'kustomization.yaml': 'resources: [d.yaml]\npatchesStrategicMerge:\n- |-\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: d\n    labels:\n      $patch: replace\n      only: me\n  spec:\n    template:\n      spec:\n        containers:\n        - name: b\n          $patch: delete\n        - name: a\n          image: null\n',
      'd.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  labels: {x: y}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: a, image: a, args: [x]}\n      - {name: b, image: b}\n',
    });
    const built = buildKustomization(dir, { root: dir, cwd: dir })!;
    expect(built.diagnostics).toEqual([]);
    expect(itemAt(built.resources, 0).object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', labels: { only: 'me' } }, spec: { template: { spec: { containers: [{ name: 'a', args: ['x'] }] } } } });
    // the inline patch's lines are the kustomization's
    expect(at(itemAt(built.resources, 0).rangeOf(['metadata', 'labels', 'only']))).toBe('kustomization.yaml:10:13');
  });

  it('replaces the lists of a custom resource, and keeps $setElementOrder, as kustomize 5 does', () => {
    const dir = tree({
      'kustomization.yaml': 'resources: [w.yaml]\npatches:\n- patch: |-\n    apiVersion: example.com/v1\n    kind: Widget\n    metadata: {name: w}\n    spec:\n      $setElementOrder/parts: [{name: b}, {name: a}]\n      parts:\n      - {name: b, size: 2}\n',
      'w.yaml': 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  parts:\n  - {name: a, size: 1}\n  - {name: b, size: 1}\n',
    });
    const built = buildKustomization(dir, { root: dir, cwd: dir })!;
    expect(itemAt(built.resources, 0).object.spec).toEqual({ parts: [{ name: 'b', size: 2 }], '$setElementOrder/parts': [{ name: 'b' }, { name: 'a' }] });
  });

  it('follows no link out of the root', () => {
    const outside = tree({ 'secret.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leaked\n' });
    const dir = tree({ 'app/kustomization.yaml': 'resources:\n- link.yaml\n' });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'app', 'link.yaml'));
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    expect(built.resources).toEqual([]);
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line} ${d.ruleId}`)).toEqual(['app/kustomization.yaml:2 input/outside-root']);
  });

  it('follows no kustomization file that is a link out of the root', () => {
    const outside = tree({ 'kustomization.yaml': 'resources: [secret.yaml]\n', 'secret.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leaked\n' });
    const dir = tree({ 'app/kustomization.yaml': 'resources:\n- ../base\n' });
    mkdirSync(path.join(dir, 'base'));
    symlinkSync(path.join(outside, 'kustomization.yaml'), path.join(dir, 'base', 'kustomization.yaml'));
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    expect(built.resources).toEqual([]);
    expect(built.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId}`)).toEqual(['app/kustomization.yaml:2:3 input/outside-root']);
    expect(buildKustomization(path.join(dir, 'base'), { root: dir, cwd: dir })).toBeUndefined();
  });

  it('tells nothing of what lies outside the root through a link: present or absent, every path through it is refused alike', () => {
    const outside = tree({ 'present/secret.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leaked\n', 'kustomization.yaml': 'resources: []\n' });
    const dir = tree({ 'app/kustomization.yaml': 'resources:\n- out/present/secret.yaml\n- out/absent/secret.yaml\n- present.yaml\n- absent.yaml\n- ../live\n- ../dangling\n' });
    symlinkSync(outside, path.join(dir, 'app', 'out'));
    symlinkSync(path.join(outside, 'present', 'secret.yaml'), path.join(dir, 'app', 'present.yaml'));
    symlinkSync(path.join(outside, 'absent.yaml'), path.join(dir, 'app', 'absent.yaml'));
    // a folder whose kustomization file is a link out of the root, to a file there or to none
    mkdirSync(path.join(dir, 'live'));
    symlinkSync(path.join(outside, 'kustomization.yaml'), path.join(dir, 'live', 'kustomization.yaml'));
    mkdirSync(path.join(dir, 'dangling'));
    symlinkSync(path.join(outside, 'absent', 'kustomization.yaml'), path.join(dir, 'dangling', 'kustomization.yaml'));
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    // before, a path through a link was refused only when its target existed, and said missing when it did not
    expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId}`)).toEqual([2, 3, 4, 5, 6, 7].map((line) => `app/kustomization.yaml:${line}:3 input/outside-root`));
    expect(built.resources).toEqual([]);
  });

  it('tells nothing of a second kustomization file that is a link out of the root: present or absent, the folder is refused alike', () => {
    const outside = tree({ 'Kustomization': 'resources: []\n' });
    const dir = tree({ 'live/kustomization.yaml': 'resources: []\n', 'dangling/kustomization.yaml': 'resources: []\n' });
    symlinkSync(path.join(outside, 'Kustomization'), path.join(dir, 'live', 'Kustomization'));
    symlinkSync(path.join(outside, 'absent'), path.join(dir, 'dangling', 'Kustomization'));
    // before, only a link whose target existed made the folder hold two kustomization files
    for (const folder of ['live', 'dangling']) {
      const built = buildKustomization(path.join(dir, folder), { root: dir, cwd: dir })!;
      expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId} ${d.message}`)).toEqual([
        `${folder}/kustomization.yaml:1:1 kustomize/invalid-kustomization kustomize refuses a folder with more than one kustomization file: this folder also holds Kustomization`,
      ]);
    }
  });

  it('tells nothing of a patchesStrategicMerge file outside the root: present or absent, the entry is refused alike', () => {
    const outside = tree({ 'present.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' });
    const dir = tree({
      'app/kustomization.yaml': `resources: [d.yaml]\npatchesStrategicMerge:\n- ${path.join(outside, 'present.yaml')}\n- ${path.join(outside, 'absent.yaml')}\n`,
      'app/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
    });
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    // before, the file's existence decided whether the entry was a path: a present file was refused, an absent one parsed as an inline patch
    expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId} ${d.message}`)).toEqual([
      "app/kustomization.yaml:3:3 input/outside-root not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
      "app/kustomization.yaml:4:3 input/outside-root not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
    ]);
  });

  it('refuses generator files and env files outside the root with input/outside-root at the entry, not as missing', () => {
    const outside = tree({ 'secret.env': 'TOKEN=x\n', 'key.txt': 'x' });
    const dir = tree({
      'app/kustomization.yaml': `configMapGenerator:\n- name: c\n  files:\n  - ${path.join(outside, 'key.txt')}\n  envs:\n  - ${path.join(outside, 'secret.env')}\n`,
    });
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId} ${d.severity}`)).toEqual(['app/kustomization.yaml:6:5 input/outside-root warning', 'app/kustomization.yaml:4:5 input/outside-root warning']);
    expect(built.resources).toEqual([]);
  });

  it('says a generator file is too large, not missing, however large it is, and reads no more of it than a ConfigMap holds', () => {
    const dir = tree({ 'app/kustomization.yaml': 'configMapGenerator:\n- name: c\n  files: [big.bin, huge.bin]\n', 'app/big.bin': '', 'app/huge.bin': '' });
    // sparse: larger than a manifest file may be (32 MiB), without writing it
    truncateSync(path.join(dir, 'app', 'big.bin'), 2 * 1024 * 1024);
    truncateSync(path.join(dir, 'app', 'huge.bin'), 40 * 1024 * 1024);
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    // before, the file over the manifest bound was `missing-file`: "cannot be read"
    expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId}`)).toEqual(['app/kustomization.yaml:3:11 kustomize/file-too-large', 'app/kustomization.yaml:3:20 kustomize/file-too-large']);
  });

  it('names an env file in findings as every other file is named, relative to the working directory', () => {
    const dir = tree({ 'app/kustomization.yaml': 'configMapGenerator:\n- name: c\n  envs: [a.env]\n', 'app/a.env': 'A=1\nA=2\n' });
    const built = buildKustomization(path.join(dir, 'app'), { root: dir, cwd: dir })!;
    expect(built.diagnostics.map((d) => `${at(d.range)} ${d.ruleId}`)).toEqual(['app/a.env:2:1 kustomize/duplicate-key']);
  });

  it('bounds nesting and object counts', () => {
    const files: Record<string, string> = { 'k0/c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n' };
    for (let i = 0; i < 6; i++) files[`k${i}/kustomization.yaml`] = i === 0 ? 'resources: [c.yaml]\n' : `resources: [../k${i - 1}]\n`;
    const dir = tree(files);
    const deep = buildKustomization(path.join(dir, 'k5'), { root: dir, cwd: dir, limits: { maxDepth: 3 } })!;
    expect(deep.diagnostics.map((d) => `${d.range.file}:${d.range.start.line} ${d.ruleId}`)).toEqual(['k3/kustomization.yaml:1 kustomize/too-large']);
    const many = buildKustomization(path.join(dir, 'k0'), { root: dir, cwd: dir, limits: { maxObjects: 1 } })!;
    expect(many.resources.length).toBe(1);
    expect(many.diagnostics.map((d) => d.ruleId)).toEqual(['kustomize/too-large']);
  });
});
