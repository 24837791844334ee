import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint, validate } from '../../src/index.js';
import { kustomizationFoldersNear } from '../../src/load/index.js';
import { runMain } from '../helpers/run-main.js';
import { repoRoot } from '../helpers/shared.js';
import { tempTrees } from '../helpers/temp-tree.js';

// kustomize inputs a folder walk or a named file used to miss: an extension-less `Kustomization`,
// a file only a Component reads, overlays in folders the config ignores
type Found = { diagnostics: { ruleId: string; range: { file: string; start: { line: number; column: number } }; message: string }[] };
const found = (result: Found) => result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`);

/** A temporary tree of files (path → text); returns its folder. */
const tree = tempTrees('drydock-kustomize-walk');

const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
const component = (body: string) => `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n${body}`;
const configMap = (name: string, data = 'a: "1"') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  ${data}\n`;
const wrongTypePatch = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  b: 2\n`;
const wrongType = (file: string) => `${file}:6:6 schema data.b: expected string, got integer 2`;

/** A base and an overlay whose only kustomization file is an extension-less `Kustomization`. */
// the overlay reads a patch beside it, outside its folder, as Flux's builds allow
const overlayLayout = () =>
  tree({
    '.drydock.yaml': 'kustomizeLoadRestrictor: LoadRestrictionsNone\n',
    'base/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
    'base/cm.yaml': configMap('cm'),
    'overlays/prod/Kustomization': kustomization('resources:\n- ../../base\npatches:\n- path: ../../patches/cm.yaml\n'),
    'patches/cm.yaml': wrongTypePatch('cm'),
  });

describe('a folder walk meets an extension-less Kustomization file', () => {
  it('builds the overlay, reports its patch, and checks the base through it', async () => {
    const dir = overlayLayout();
    const result = await validate({ paths: ['.'], cwd: dir, root: dir });
    expect(found(result)).toEqual([wrongType('patches/cm.yaml')]);
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.files).toEqual(['base/cm.yaml', 'base/kustomization.yaml', 'overlays/prod/Kustomization', 'patches/cm.yaml']);
    expect(result.counts.objects).toBe(1);
  });

  it('builds a named folder that holds nothing but a Kustomization (not "no file left to check")', async () => {
    const dir = overlayLayout();
    const run = await runMain(['validate', '--format', 'json', 'overlays/prod'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(report.flatMap((file) => file.messages.map((m) => `${path.relative(dir, file.filePath)}:${m.line}:${m.column} ${m.ruleId}`))).toEqual(['patches/cm.yaml:6:6 schema']);
  });

  it('is passed to the pre-commit hooks when staged', () => {
    const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string }[];
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      expect(['overlays/prod/Kustomization', 'Kustomization', 'k8s/cm.yaml', 'a.yml', 'b.json'].filter((name) => files.test(name)), hook.id).toHaveLength(5);
      expect(['README.md', 'overlays/prod/NotKustomization', 'Kustomization.txt'].filter((name) => files.test(name)), hook.id).toEqual([]);
    }
  });

  it('builds a Kustomization named on the command line', async () => {
    const dir = overlayLayout();
    const result = await validate({ paths: ['overlays/prod/Kustomization'], cwd: dir, root: dir });
    expect(found(result)).toEqual([wrongType('patches/cm.yaml')]);
    expect(result.kustomizationsBuilt).toBe(1);
  });

  it('never reads a walked Kustomization alone, though no build reads it (a Flux Kustomization)', async () => {
    const dir = tree({
      'app/Kustomization': 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app\nspec:\n  interval: 5\n',
      'app/cm.yaml': configMap('cm'),
    });
    const result = await validate({ paths: ['.'], cwd: dir, root: dir });
    expect(found(result)).toEqual([]);
    expect(result.files).toEqual(['app/cm.yaml']);
    expect(result.kustomizationsBuilt).toBe(0);
  });

  it('reports a folder holding a Kustomization beside a kustomization.yaml, as kustomize refuses to build it', async () => {
    const dir = tree({
      'app/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
      'app/Kustomization': kustomization('resources:\n- cm.yaml\n'),
      'app/cm.yaml': configMap('cm'),
      'overlay/kustomization.yaml': kustomization('resources:\n- ../app\n'),
    });
    const refused = 'app/kustomization.yaml:1:1 kustomize/invalid-kustomization kustomize refuses a folder with more than one kustomization file: this folder also holds Kustomization';
    for (const paths of [['app'], ['overlay']]) {
      const result = await validate({ paths, cwd: dir, root: dir });
      expect(found(result), paths[0]).toEqual([refused]);
      expect(result.files, paths[0]).toContain('app/Kustomization');
    }
  });

  it('puts the build in exactly one job of a sharded run', async () => {
    const dir = overlayLayout();
    const perShard: string[][] = [];
    const files: string[] = [];
    for (const index of [1, 2, 3]) {
      const result = await validate({ paths: ['.'], cwd: dir, root: dir, shard: { index, count: 3 } });
      perShard.push(found(result));
      files.push(...result.files);
    }
    expect(perShard.flat()).toEqual([wrongType('patches/cm.yaml')]);
    expect(files.sort()).toEqual(['base/cm.yaml', 'base/kustomization.yaml', 'overlays/prod/Kustomization', 'patches/cm.yaml']);
  });

  it('checks the build under --changed-since when only the Kustomization changed', async () => {
    const dir = overlayLayout();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    expect(found(await validate({ paths: ['.'], cwd: dir, root: dir, changedSince: 'main' }))).toEqual([]);
    writeFileSync(path.join(dir, 'overlays/prod/Kustomization'), kustomization('namePrefix: prod-\nresources:\n- ../../base\npatches:\n- path: ../../patches/cm.yaml\n'));
    const result = await validate({ paths: ['.'], cwd: dir, root: dir, changedSince: 'main' });
    expect(found(result)).toEqual([wrongType('patches/cm.yaml')]);
    expect(result.kustomizationsBuilt).toBe(1);
  });

  it('runs lint --cache again when the Kustomization changes', async () => {
    const dir = overlayLayout();
    const options = { paths: ['.'], cwd: dir, root: dir, cache: true, cacheDir: path.join(dir, '.cache-home') };
    const schemaFindings = async () => found(await lint(options)).filter((line) => line.includes(' schema '));
    expect(await schemaFindings()).toEqual([wrongType('patches/cm.yaml')]);
    // the overlay now patches the wrong type away: the cached result must not be reused
    writeFileSync(path.join(dir, 'overlays/prod/Kustomization'), kustomization('resources:\n- ../../base\npatches:\n- path: ../../patches/cm.yaml\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: cm}\n    data: {b: "2"}\n'));
    expect(await schemaFindings()).toEqual([]);
  });
});

describe('a named folder whose build holds no object', () => {
  it("reports the build's error in its base, not \"no Kubernetes object\"", async () => {
    const dir = tree({
      'app/kustomization.yaml': kustomization('resources:\n- nothere.yaml\n'),
      'overlay/kustomization.yaml': kustomization('resources:\n- ../app\n'),
    });
    const result = await validate({ paths: ['overlay'], cwd: dir, root: dir });
    expect(found(result)).toEqual(['app/kustomization.yaml:4:3 kustomize/missing-resource no such file or folder: "nothere.yaml"']);
  });
});

/** Components beside each other, and the overlay that uses one of them further out. */
const componentLayout = () =>
  tree({
    'base/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
    'base/cm.yaml': configMap('cm'),
    'overlays/prod/kustomization.yaml': kustomization('resources:\n- ../../base\ncomponents:\n- ../../components/x\n'),
    'components/x/kustomization.yaml': component('patches:\n- path: patch.yaml\n'),
    'components/x/patch.yaml': wrongTypePatch('cm'),
    'components/y/kustomization.yaml': component('patches:\n- path: patch.yaml\n'),
    'components/y/patch.yaml': wrongTypePatch('cm'),
  });

describe('a named file of a Component (pre-commit stages components/x/patch.yaml)', () => {
  it('is checked through the overlay that uses the component, past the components beside it', async () => {
    const dir = componentLayout();
    const result = await validate({ paths: ['components/x/patch.yaml'], cwd: dir, root: dir, allowUntyped: true });
    expect(found(result)).toEqual([wrongType('components/x/patch.yaml')]);
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.files).toEqual(['components/x/patch.yaml']);
    expect(result.counts.objects).toBe(1);
  });

  it('checks a named component kustomization file through its users, not as an unused component', async () => {
    const dir = componentLayout();
    const result = await validate({ paths: ['components/x/kustomization.yaml'], cwd: dir, root: dir });
    expect(found(result)).toEqual([wrongType('components/x/patch.yaml')]);
    expect(result.kustomizationsBuilt).toBe(1);
    expect(result.files).toEqual(['components/x/kustomization.yaml', 'components/x/patch.yaml']);
  });

  it('says so, at the named file, when no kustomization near it uses the component: not checked alone as a broken object', async () => {
    const dir = componentLayout();
    const result = await validate({ paths: ['components/y/patch.yaml'], cwd: dir, root: dir, allowUntyped: true });
    expect(found(result)).toEqual([
      'components/y/patch.yaml:1:1 kustomize/component-not-used not checked: only a kustomize Component reads this file, and no kustomization found near it uses that component (name the overlay that does)',
    ]);
    expect(result.files).toEqual(['components/y/patch.yaml']);
    // a component kustomization nothing uses keeps its own note
    const named = await validate({ paths: ['components/y/kustomization.yaml'], cwd: dir, root: dir });
    expect(found(named).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['components/y/kustomization.yaml:1:1 kustomize/component-not-used']);
  });
});

describe("kustomize's load restrictor", () => {
  it('refuses a patch outside the overlay folder by default, and --load-restrictor LoadRestrictionsNone lifts it', async () => {
    const dir = overlayLayout();
    writeFileSync(path.join(dir, '.drydock.yaml'), '');
    const restricted = await runMain(['validate', '--format', 'json', '.'], { cwd: dir });
    const ids = (run: { stdout: string }) => (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[]).flatMap((file) => file.messages.map((m) => `${path.relative(dir, file.filePath)}:${m.line}:${m.column} ${m.ruleId}`));
    expect(restricted.code).toBe(1);
    expect(ids(restricted)).toEqual(['overlays/prod/Kustomization:6:9 kustomize/load-restricted', 'patches/cm.yaml:6:6 schema']);
    const open = await runMain(['validate', '--format', 'json', '--load-restrictor', 'LoadRestrictionsNone', '.'], { cwd: dir });
    expect(ids(open)).toEqual(['patches/cm.yaml:6:6 schema']);
    const unknown = await runMain(['validate', '--load-restrictor', 'loose', '.'], { cwd: dir });
    expect(unknown.code).toBe(2);
  });
});

describe('a walk of a folder of Components', () => {
  it('checks each through the overlays near it that use it, and notes the one none uses', async () => {
    const dir = componentLayout();
    const result = await validate({ paths: ['components'], cwd: dir, root: dir });
    expect(found(result).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['components/x/patch.yaml:6:6 schema', 'components/y/kustomization.yaml:1:1 kustomize/component-not-used']);
    expect(result.kustomizationsBuilt).toBe(1);
    // a folder of one Component is checked through its user too
    expect(found(await validate({ paths: ['components/x'], cwd: dir, root: dir }))).toEqual([wrongType('components/x/patch.yaml')]);
  });
});

describe("the search near a named file honours the config's ignore", () => {
  const layout = (config: string) =>
    tree({
      '.drydock.yaml': config,
      'k8s/base/kustomization.yaml': kustomization('resources:\n- cm.yaml\n'),
      'k8s/base/cm.yaml': configMap('cm'),
      'k8s/overlays/prod/kustomization.yaml': kustomization('resources:\n- ../../base\n'),
      'k8s/legacy/kustomization.yaml': kustomization('resources:\n- ../base\npatches:\n- path: patch.yaml\n'),
      'k8s/legacy/patch.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: 1\n',
      'k8s/shared/cm.yaml': configMap('shared', 'a: 1'),
      'k8s/old/kustomization.yaml': kustomization('resources:\n- ../shared/cm.yaml\n'),
    });

  it('does not check a named file through an overlay in an ignored folder', async () => {
    const dir = layout('ignore:\n  - k8s/legacy/**\n');
    const result = await validate({ paths: ['k8s/base/cm.yaml'], cwd: dir, root: dir });
    // the legacy overlay would write a wrong type over the base's value
    expect(found(result)).toEqual([]);
    expect(result.kustomizationsBuilt).toBe(1);
    const without = await validate({ paths: ['k8s/base/cm.yaml'], cwd: dir, root: dir, config: { ...result.config, ignore: [] } });
    expect(without.kustomizationsBuilt).toBe(2);
  });

  it('checks a named file alone when its only user lies in an ignored folder', async () => {
    const dir = layout('ignore:\n  - k8s/old/kustomization.yaml\n');
    const result = await validate({ paths: ['k8s/shared/cm.yaml'], cwd: dir, root: dir });
    expect(result.kustomizationsBuilt).toBe(0);
    expect(found(result)).toEqual(['k8s/shared/cm.yaml:6:6 schema data.a: expected string, got integer 1']);
  });

  it('builds no kustomization whose file the config ignores, in a walk as for a named file', async () => {
    const dir = tree({
      '.drydock.yaml': 'ignore:\n  - k8s/old/kustomization.yaml\n',
      'k8s/old/kustomization.yaml': kustomization('resources:\n- extra.yaml\npatches:\n- path: patch.yaml\n'),
      'k8s/old/extra.yaml': configMap('extra'),
      'k8s/old/patch.yaml': wrongTypePatch('extra'),
    });
    for (const paths of [['.'], ['k8s/old/extra.yaml', 'k8s/old/patch.yaml']]) {
      const result = await validate({ paths, cwd: dir, root: dir });
      expect(result.kustomizationsBuilt, paths.join(' ')).toBe(0);
      expect(result.files, paths.join(' ')).toEqual(['k8s/old/extra.yaml', 'k8s/old/patch.yaml']);
      // each file alone: the patch is a whole ConfigMap with a wrong type
      expect(found(result), paths.join(' ')).toEqual([wrongType('k8s/old/patch.yaml')]);
    }
    // named, the kustomization file is built all the same
    const named = await validate({ paths: ['k8s/old/kustomization.yaml'], cwd: dir, root: dir });
    expect(named.kustomizationsBuilt).toBe(1);
    expect(found(named).filter((line) => !line.includes('input/ignore-overridden'))).toEqual([wrongType('k8s/old/patch.yaml')]);
  });

  it('does not enter an ignored folder', () => {
    const dir = tree({
      'k8s/base/kustomization.yaml': kustomization(''),
      'k8s/overlays/prod/kustomization.yaml': kustomization(''),
      'k8s/overlays/old/kustomization.yaml': kustomization(''),
      'k8s/archive/eu/kustomization.yaml': kustomization(''),
    });
    const ignored = new Set([path.join(dir, 'k8s/archive'), path.join(dir, 'k8s/overlays/old')]);
    const near = kustomizationFoldersNear(path.join(dir, 'k8s/base'), dir, undefined, { isIgnored: (file) => ignored.has(file) }).map((folder) => path.relative(dir, folder));
    expect(near).toEqual(['k8s/base', 'k8s/overlays/prod']);
  });
});
