import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, validate } from '../../src/index.js';
import { kustomizationFoldersNear } from '../../src/load/index.js';
import { runMain } from '../helpers/run-main.js';
import { repoRoot } from '../helpers/shared.js';
import { tempTrees } from '../helpers/temp-tree.js';

// files named on the command line (as the pre-commit hooks pass every staged file) that a
// kustomization reads are checked through the kustomizations near them
const shop = path.join(repoRoot, 'fixtures', 'kustomize-unit', 'shop');
type Found = { diagnostics: { ruleId: string; range: { file: string; start: { line: number; column: number } }; message: string }[] };
const found = (result: Found) => result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`);

/** A temporary tree of files (path → text); returns its folder. */
const tree = tempTrees('drydock-named-kustomize');

const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
const configMap = (name: string, data = 'a: "1"') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  ${data}\n`;
const replicasPatch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: "three"\n';

describe('a kustomization file named on the command line', () => {
  it('is built, as if its folder were walked', async () => {
    const result = await validate({ paths: ['overlays/prod/kustomization.yaml'], cwd: shop });
    expect(result.kustomizationsBuilt).toBe(1);
    expect(found(result)).toEqual(['overlays/prod/replicas.yaml:6:13 schema spec.replicas: expected integer, got string "three"']);
    expect(result.files).toEqual(['overlays/prod/kustomization.yaml', 'base/kustomization.yaml', 'base/deployment.yaml', 'base/service.yaml', 'components/monitoring/kustomization.yaml', 'overlays/prod/replicas.yaml']);
    expect(result.counts.objects).toBe(6);
  });

  it('reports the findings in the kustomization file itself', async () => {
    const result = await validate({ paths: ['overlays/broken/kustomization.yaml'], cwd: shop });
    expect(found(result).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'overlays/broken/kustomization.yaml:5:3 kustomize/missing-resource',
      'overlays/broken/kustomization.yaml:6:3 kustomize/remote-resource',
      'overlays/broken/kustomization.yaml:8:3 kustomize/patch-matches-nothing',
      'overlays/broken/kustomization.yaml:9:1 kustomize/unsupported-field',
    ]);
  });
});

describe('a file named on the command line that a kustomization uses', () => {
  it('is checked through its overlay: a patch is no broken Deployment (pre-commit)', async () => {
    const result = await validate({ paths: ['overlays/prod/replicas.yaml'], cwd: shop, allowUntyped: true });
    expect(found(result)).toEqual(['overlays/prod/replicas.yaml:6:13 schema spec.replicas: expected integer, got string "three"']);
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.files).toEqual(['overlays/prod/replicas.yaml']);
    expect(result.counts.objects).toBe(6);
  });

  it('lints it through the build, reporting only in the named file', async () => {
    const result = await lint({ paths: ['overlays/prod/replicas.yaml'], cwd: shop });
    // the built Deployment's findings in base/deployment.yaml and in the kustomization are left out
    expect(found(result)).toEqual([
      'overlays/prod/replicas.yaml:6:13 schema spec.replicas: expected integer, got string "three"',
      'overlays/prod/replicas.yaml:10:9 cpu-request-missing Container "sidecar" does not request CPU.',
      'overlays/prod/replicas.yaml:10:9 memory-limit-missing Container "sidecar" has no memory limit.',
      'overlays/prod/replicas.yaml:10:9 memory-request-missing Container "sidecar" does not request memory.',
      'overlays/prod/replicas.yaml:10:9 readiness-probe-missing Container "sidecar" has no readinessProbe.',
      'overlays/prod/replicas.yaml:11:16 latest-tag Container "sidecar" uses image "busybox" without a tag, which means latest.',
      'overlays/prod/replicas.yaml:13:9 cpu-request-missing Container "web" does not request CPU.',
      'overlays/prod/replicas.yaml:13:9 memory-request-missing Container "web" does not request memory.',
    ]);
  });

  it('exits 1 from the CLI as the pre-commit hook runs it, with the finding at the patch line', async () => {
    const run = await runMain(['validate', '--allow-untyped', '--format', 'json', 'overlays/prod/replicas.yaml', 'overlays/dev/probe.yaml'], { cwd: shop });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report.flatMap((file) => file.messages.map((m) => `${path.relative(shop, file.filePath)}:${m.line}:${m.column} ${m.ruleId}`))).toEqual(['overlays/prod/replicas.yaml:6:13 schema']);
  });

  it('checks a base file through the overlays beside its base (k8s/base, k8s/overlays/*), not the base alone', async () => {
    const dir = tree({
      'k8s/base/kustomization.yaml': kustomization('resources:\n- web.yaml\n'),
      'k8s/base/web.yaml': configMap('web', 'a: 1'),
      'k8s/overlays/prod/kustomization.yaml': kustomization('namePrefix: prod-\nresources:\n- ../../base\n- missing.yaml\n'),
      'k8s/overlays/dev/kustomization.yaml': kustomization('namespace: dev\nresources:\n- ../../base\n'),
      'k8s/other/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
      'k8s/other/cm.yaml': configMap('other'),
    });
    const result = await validate({ paths: ['k8s/base/web.yaml'], cwd: dir, root: dir });
    // one finding from two builds; the prod overlay's missing file is not the named file's problem
    expect(found(result)).toEqual(['k8s/base/web.yaml:6:6 schema data.a: expected string, got integer 1']);
    expect(result.kustomizationsBuilt).toBe(2);
    expect(result.files).toEqual(['k8s/base/web.yaml']);
    expect(result.counts.objects).toBe(2);
  });

  it('reports each named file in one job of a sharded run', async () => {
    const files: Record<string, string> = {
      'k8s/base/kustomization.yaml': kustomization('resources:\n' + Array.from({ length: 6 }, (_, i) => `- cm${i}.yaml\n`).join('')),
      'k8s/overlays/prod/kustomization.yaml': kustomization('resources:\n- ../../base\n'),
      'k8s/overlays/dev/kustomization.yaml': kustomization('resources:\n- ../../base\n'),
    };
    for (let i = 0; i < 6; i++) files[`k8s/base/cm${i}.yaml`] = configMap(`cm${i}`, 'a: 1');
    const dir = tree(files);
    const paths = Array.from({ length: 6 }, (_, i) => `k8s/base/cm${i}.yaml`);
    const whole = found(await validate({ paths, cwd: dir, root: dir }));
    expect(whole).toHaveLength(6);
    const sharded = [];
    for (const index of [1, 2, 3]) sharded.push(...found(await validate({ paths, cwd: dir, root: dir, shard: { index, count: 3 } })));
    expect(sharded.sort()).toEqual(whole.sort());
  });

  it('checks a shared file beside the overlays through those that use it', async () => {
    const dir = tree({
      'k8s/shared/cm.yaml': configMap('shared', 'a: 1'),
      'k8s/overlays/prod/kustomization.yaml': kustomization('resources:\n- ../../shared/cm.yaml\n'),
    });
    const result = await validate({ paths: ['k8s/shared/cm.yaml'], cwd: dir, root: dir });
    expect(found(result)).toEqual(['k8s/shared/cm.yaml:6:6 schema data.a: expected string, got integer 1']);
    expect(result.kustomizationsBuilt).toBe(1);
  });

  it('checks a file that no kustomization uses alone, as before', async () => {
    const dir = tree({
      'app/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
      'app/cm.yaml': configMap('cm'),
      'app/loose.yaml': replicasPatch,
    });
    const result = await validate({ paths: ['app/loose.yaml'], cwd: dir, root: dir });
    expect(result.kustomizationsBuilt).toBe(0);
    expect(result.files).toEqual(['app/loose.yaml']);
    expect(found(result)).toEqual([
      'app/loose.yaml:5:1 schema spec.selector: missing required field "selector"',
      'app/loose.yaml:5:1 schema spec.template: missing required field "template"',
      'app/loose.yaml:6:13 schema spec.replicas: expected integer, got string "three"',
    ]);
  });

  it('stays within the root and 8 folders up: a kustomization further away is not looked for', async () => {
    const deep = 'a/b/c/d/e/f/g/h/i';
    const dir = tree({ 'kustomization.yaml': kustomization(`resources:\n- ${deep}/cm.yaml\n- a/b/c/d/e/f/g/near.yaml\n`), [`${deep}/cm.yaml`]: configMap('far', 'a: 1'), 'a/b/c/d/e/f/g/near.yaml': configMap('near', 'a: 1') });
    const result = await validate({ paths: [`${deep}/cm.yaml`, 'a/b/c/d/e/f/g/near.yaml'], cwd: dir, root: dir });
    expect(result.kustomizationsBuilt).toBe(1);
    expect(found(result)).toEqual([`a/b/c/d/e/f/g/h/i/cm.yaml:6:6 schema data.a: expected string, got integer 1`, 'a/b/c/d/e/f/g/near.yaml:6:6 schema data.a: expected string, got integer 1']);
    // the far file was checked alone (its own finding), the near one through the build
    expect(result.files).toEqual([`${deep}/cm.yaml`, 'a/b/c/d/e/f/g/near.yaml']);
    const inner = path.join(dir, 'a');
    expect(kustomizationFoldersNear(path.join(dir, 'a/b/c/d/e/f/g'), inner)).toEqual([]);
  });
});

describe('lint --cache on a named file checked through a build', () => {
  it('runs again when the overlay that uses the file changes, though its findings are not reported', async () => {
    const dir = tree({
      'app/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
      'app/cm.yaml': configMap('cm', 'a: 1'),
    });
    const options = { paths: ['app/cm.yaml'], cwd: dir, root: dir, cache: true, cacheDir: path.join(dir, '.cache-home') };
    const findings = async () => found(await lint(options)).filter((line) => line.includes(' schema '));
    expect(await findings()).toEqual(['app/cm.yaml:6:6 schema data.a: expected string, got integer 1']);
    // the overlay now patches the wrong type away: the cached result must not be reused
    writeFileSync(path.join(dir, 'app/kustomization.yaml'), kustomization('resources:\n- cm.yaml\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: cm}\n    data: {a: "2"}\n'));
    expect(await findings()).toEqual([]);
  });
});

describe('the search for the kustomizations near a file', () => {
  it('looks up from the file, then below the nearest ancestor with other kustomizations, at most 3 levels down', () => {
    const dir = tree({
      'k8s/base/kustomization.yaml': kustomization(''),
      'k8s/overlays/prod/kustomization.yaml': kustomization(''),
      'k8s/overlays/dev/kustomization.yaml': kustomization(''),
      'k8s/overlays/.hidden/kustomization.yaml': kustomization(''),
      'k8s/overlays/node_modules/kustomization.yaml': kustomization(''),
      'k8s/clusters/eu/west/kustomization.yaml': kustomization(''),
      'k8s/clusters/eu/west/a/kustomization.yaml': kustomization(''),
      'elsewhere/kustomization.yaml': kustomization(''),
    });
    const near = (from: string) => kustomizationFoldersNear(path.join(dir, from), dir).map((folder) => path.relative(dir, folder));
    // hidden folders, node_modules, folders over 3 levels down and folders outside k8s are not found
    expect(near('k8s/base')).toEqual(['k8s/base', 'k8s/clusters/eu/west', 'k8s/overlays/dev', 'k8s/overlays/prod']);
    // an overlay's siblings, not the whole layout: the search stops at the nearest such ancestor
    expect(near('k8s/overlays/prod')).toEqual(['k8s/overlays/dev', 'k8s/overlays/prod']);
    expect(near('k8s/base/patches/deep')).toEqual(['k8s/base', 'k8s/clusters/eu/west', 'k8s/overlays/dev', 'k8s/overlays/prod']);
  });

  it('lists a bounded number of folders', () => {
    const files: Record<string, string> = { 'base/kustomization.yaml': kustomization('') };
    for (let i = 0; i < 40; i++) files[`wide/f${String(i).padStart(2, '0')}/x.txt`] = '';
    files['wide/f39/kustomization.yaml'] = kustomization('');
    const dir = tree(files);
    const near = (limit: number) => kustomizationFoldersNear(path.join(dir, 'base'), dir, { levelsUp: 8, depthDown: 3, foldersListed: limit, found: 32 }).map((folder) => path.relative(dir, folder));
    expect(near(256)).toEqual(['base', 'wide/f39']);
    // the root and base are listed, then the budget ends before wide's folders are
    expect(near(2)).toEqual(['base']);
  });
});
