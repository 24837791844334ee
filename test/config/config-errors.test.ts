import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

// every way a config is refused, as a user sees it: one line on stderr naming the file and line,
// exit code 2, and no report. The CLI runs in-process (a spawn per case would cost a second each).
const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-config-errors-')));
const repo = path.join(base, 'repo');
afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(repo, 'crds'), { recursive: true });
  writeFileSync(path.join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx:1.27}]}\n');
  writeFileSync(path.join(base, 'outside.yaml'), 'kind: Cluster\n');
});

async function run(argv: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: {}, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => '', isStdoutTty: false };
  return { code: await main(argv, io), stdout, stderr };
}

/** Lints the repository with `text` as its `.drydock.yaml` (`--root` keeps the run inside it). */
async function lintWithConfig(text: string): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(path.join(repo, '.drydock.yaml'), text);
  try {
    return await run(['lint', '.', '--root', repo, '-f', 'json']);
  } finally {
    rmSync(path.join(repo, '.drydock.yaml'), { force: true });
  }
}

const known = 'known: extends, kubernetesVersion, ignore, schemas, rules, namespace, cluster, kustomizeLoadRestrictor';

// [what is wrong, the config's text, the one line on stderr after "drydock: "]
const refused: [string, string, string][] = [
  ['YAML that does not parse', 'rules:\n  latest-tag: [error\nnamespace: a\n', '.drydock.yaml:3: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ['a tab as indentation', 'rules:\n\tlatest-tag: error\n', '.drydock.yaml:2: Tabs are not allowed as indentation'],
  ['a key given twice', 'namespace: a\nnamespace: b\n', '.drydock.yaml:2: Map keys must be unique'],
  ['an alias to no anchor', 'namespace: *nowhere\n', '.drydock.yaml:1: the configuration has an alias that cannot be resolved (an unknown anchor, or too many aliases)'],
  ['a list instead of a mapping', '- rules\n', '.drydock.yaml:1: the configuration must be a mapping'],
  ['a plain string instead of a mapping', 'rules\n', '.drydock.yaml:1: the configuration must be a mapping'],
  ['an unknown key', 'rules: {}\nrule: {}\n', `.drydock.yaml:2: unknown setting "rule" (${known})`],
  ['a Kubernetes version not bundled', 'kubernetesVersion: "1.12"\n', '.drydock.yaml:1: kubernetesVersion "1.12" is not one drydock bundles (1.28 to 1.36)'],
  ['a long Kubernetes version, quoted cut short', `kubernetesVersion: "${'9'.repeat(5000)}"\n`, `.drydock.yaml:1: kubernetesVersion "${'9'.repeat(37)}..." is not one drydock bundles (1.28 to 1.36)`],
  ['a load restrictor kustomize does not have', 'kustomizeLoadRestrictor: LoadRestrictionsLoose\n', '.drydock.yaml:1: kustomizeLoadRestrictor must be one of LoadRestrictionsRootOnly, LoadRestrictionsNone'],
  ['ignore as a string', 'ignore: vendor/**\n', '.drydock.yaml:1: ignore must be a list of strings'],
  ['ignore with a number in it', 'ignore: [vendor, 3]\n', '.drydock.yaml:1: ignore must be a list of strings'],
  ['schemas as a mapping', 'schemas: {dir: crds}\n', '.drydock.yaml:1: schemas must be a list of strings'],
  ['extends as a list', 'extends: [strict]\n', '.drydock.yaml:1: extends must be a preset name: recommended, strict or all'],
  ['rules as a list', 'rules: [latest-tag]\n', '.drydock.yaml:1: rules must be a mapping of rule id to level'],
  ['an empty namespace', 'namespace: ""\n', '.drydock.yaml:1: namespace must be a non-empty string'],
  ['a namespace that is a number', 'namespace: 3\n', '.drydock.yaml:1: namespace must be a non-empty string'],
  ['cluster as a list', 'cluster: [a.yaml]\n', '.drydock.yaml:1: cluster must be a path'],
  ['schemas leaving the root', 'schemas: [crds, ../]\n', `.drydock.yaml:1: schemas names a path drydock may not read: it leads outside the root ${repo} (use --root to widen it)`],
  ['cluster leaving the root', 'namespace: x\ncluster: ../outside.yaml\n', `.drydock.yaml:2: cluster names a path drydock may not read: it leads outside the root ${repo} (use --root to widen it)`],
  ['a cluster inside .git', 'cluster: .git/config\n', '.drydock.yaml:1: cluster names a path drydock may not read: it leads into a .git folder'],
  // checked with the rules: the ids, levels and options are the rules' own
  ['an unknown preset (it named no line before)', 'namespace: a\nextends: everything\n', '.drydock.yaml:2: extends: "everything" is not a preset (recommended, strict, all)'],
  ['a long unknown preset, quoted cut short', `extends: ${'x'.repeat(5000)}\n`, `.drydock.yaml:1: extends: "${'x'.repeat(37)}..." is not a preset (recommended, strict, all)`],
  ['a long unknown setting, quoted cut short', `${'k'.repeat(500)}: 1\n`, `.drydock.yaml:1: unknown setting "${'k'.repeat(37)}..." (known: extends, kubernetesVersion, ignore, schemas, rules, namespace, cluster, kustomizeLoadRestrictor)`],
  ['an unknown rule', 'rules:\n  latest-tags: error\n', '.drydock.yaml:2: unknown rule "latest-tags" (see drydock rules)'],
  ['an unknown level', 'rules:\n  latest-tag: fatal\n', '.drydock.yaml:2: "fatal" is not a level for latest-tag (off, info, warn, error)'],
  ['a level as a number', 'rules:\n  latest-tag: 2\n', '.drydock.yaml:2: "2" is not a level for latest-tag (off, info, warn, error)'],
  // the rules' ids, levels and option names are checked where the rules are, and quoted as the config's own keys are
  ['a long unknown rule, quoted cut short', `rules:\n  ${'r'.repeat(500)}: error\n`, `.drydock.yaml:2: unknown rule "${'r'.repeat(37)}..." (see drydock rules)`],
  ['an unknown rule with a terminal escape, escaped', 'rules:\n  "\\e[2Jx\\u202e": error\n', '.drydock.yaml:2: unknown rule "\\u001b[2Jx\\u202e" (see drydock rules)'],
  ['a long unknown level, quoted cut short', `rules:\n  latest-tag: ${'l'.repeat(500)}\n`, `.drydock.yaml:2: "${'l'.repeat(37)}..." is not a level for latest-tag (off, info, warn, error)`],
  ['a long unknown option, quoted cut short', `rules:\n  cpu-limit-missing: [warn, {${'o'.repeat(500)}: true}]\n`, `.drydock.yaml:2: bad options for cpu-limit-missing: options must NOT have additional properties "${'o'.repeat(37)}..."`],
  ['options for a rule that takes none', 'rules:\n  latest-tag: [error, {strict: true}]\n', '.drydock.yaml:2: the rule latest-tag takes no options'],
  ['an unknown option', 'rules:\n  cpu-limit-missing: [warn, {ignoreInit: true}]\n', '.drydock.yaml:2: bad options for cpu-limit-missing: options must NOT have additional properties "ignoreInit"'],
  ['an option of the wrong type', 'rules:\n  cpu-limit-missing: [warn, {ignoreInitContainers: "yes"}]\n', '.drydock.yaml:2: bad options for cpu-limit-missing: /ignoreInitContainers must be boolean'],
];

describe('a config drydock refuses', () => {
  it.each(refused)('%s: one line naming where, exit 2, no report', async (_what, text, message) => {
    const { code, stdout, stderr } = await lintWithConfig(text);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `drydock: ${message}\n` });
  });

  it('a file named by --config that does not exist', async () => {
    expect(await run(['validate', '.', '--config', 'missing.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'drydock: config file not found: missing.yaml\n' });
  });

  it('a config found upward that is a link to a file outside the root', async () => {
    const linked = path.join(base, 'linked');
    mkdirSync(linked);
    writeFileSync(path.join(linked, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx:1.27}]}\n');
    symlinkSync(path.join(base, 'outside.yaml'), path.join(linked, '.drydock.yaml'));
    expect(await run(['validate', '.', '--root', linked], linked)).toEqual({
      code: 2,
      stdout: '',
      stderr: `drydock: .drydock.yaml: not read, it leads outside the root ${linked} (use --root to widen it)\n`,
    });
  });

  it('a --rule flag with an unknown level, named as the flag', async () => {
    expect(await run(['lint', '.', '--root', repo, '--rule', 'latest-tag=loud'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drydock: --rule latest-tag: "loud" is not a level for latest-tag (off, info, warn, error)\n',
    });
  });
});

describe('a config drydock accepts', () => {
  it('runs with every setting given, and reports at the levels it sets', async () => {
    const { code, stdout, stderr } = await lintWithConfig('extends: strict\nkubernetesVersion: "1.30"\nignore: [vendor/**]\nschemas: [crds]\nnamespace: apps\nrules:\n  latest-tag: off\n  cpu-limit-missing: [error, {ignoreInitContainers: true}]\n');
    // the config itself is a hidden file the walk passes over
    expect(stderr).toBe('drydock: 1 file checked (skipped: 1 hidden)\n');
    expect(code).toBe(1);
    const ids = (JSON.parse(stdout) as { messages: { ruleId: string; severity: number }[] }[]).flatMap((file) => file.messages.map((m) => `${m.ruleId}:${m.severity}`));
    expect(ids).toContain('cpu-limit-missing:2');
    expect(ids).not.toContain('latest-tag:2');
  });
});
