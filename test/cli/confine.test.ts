import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// A pull request controls the checkout: these links must not make drydock read (or write) outside it.
const credential = 'ghp_FAKECREDENTIAL0123456789';
const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';
const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-e2e-confine-')));
const repo = path.join(base, 'repo');
const outside = path.join(base, 'outside');
afterAll(() => rmSync(base, { recursive: true, force: true }));
afterEach(() => rmSync(path.join(repo, '.drydock.yaml'), { force: true }));

beforeAll(() => {
  mkdirSync(path.join(repo, 'k8s'), { recursive: true });
  mkdirSync(outside);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(path.join(repo, '.git', 'config'), `[remote "origin"]\n\turl = https://x-access-token:${credential}@github.com/o/r.git\n`, { flag: 'a' });
  writeFileSync(path.join(repo, 'k8s', 'ns.yaml'), namespace);
  writeFileSync(path.join(outside, 'other.yaml'), namespace.replace('name: a', 'name: b'));
  writeFileSync(path.join(base, 'cluster.yaml'), `kind: Cluster\n# ${credential}\n`);
  symlinkSync('../.git/config', path.join(repo, 'k8s', 'settings.yaml'));
  symlinkSync(path.join(outside, 'other.yaml'), path.join(repo, 'k8s', 'file-out.yaml'));
  symlinkSync(outside, path.join(repo, 'k8s', 'dir-out'));
  mkdirSync(path.join(repo, 'k8s', '.hidden'));
});

const config = (text: string) => writeFileSync(path.join(repo, '.drydock.yaml'), text);
// in-process: what is read and written does not depend on being a process
const cli = (args: string[]) => runMain(args, { cwd: repo });

describe('reads and writes stay inside the root (the CLI)', () => {
  it.each(['stylish', 'json', 'sarif', 'github', 'markdown'])('never shows the credential behind k8s/settings.yaml in %s, and names the link', async (format) => {
    const run = await cli(['lint', 'k8s', '-f', format]);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(credential);
    expect(run.stdout).toContain('input/outside-root');
    expect(run.stdout).toContain('settings.yaml');
    expect(run.stdout).not.toContain('name: b');
  });

  it('names each skipped link, and counts what was skipped on stderr', async () => {
    const run = await cli(['validate', 'k8s']);
    expect(run.stdout).toMatch(/k8s\/dir-out\n {2}1:1 {2}warning {2}not checked: this path is a link .* outside the root/);
    expect(run.stdout).toMatch(/k8s\/file-out\.yaml\n {2}1:1 {2}warning/);
    expect(run.stdout).toMatch(/k8s\/settings\.yaml\n {2}1:1 {2}warning {2}not checked: .* into a \.git folder/);
    expect(run.stderr).toBe('drydock: 1 file checked (skipped: 1 hidden, 3 links leading outside the root)\n');
  });

  it('follows links into a root widened by --root, but never into .git', async () => {
    const run = await cli(['validate', 'k8s', '--root', '..', '-f', 'json']);
    expect(run.code).toBe(0);
    const files = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((r) => [path.relative(repo, r.filePath), r.messages.map((m) => m.ruleId)]);
    expect(files).toEqual([
      ['k8s/dir-out/other.yaml', []],
      ['k8s/file-out.yaml', []],
      ['k8s/ns.yaml', []],
      ['k8s/settings.yaml', ['input/outside-root']],
    ]);
    expect(run.stdout + run.stderr).not.toContain(credential);
  });

  it('refuses -o onto a link or onto an input (exit 2), leaving both alone', async () => {
    symlinkSync('.git/config', path.join(repo, 'report.sarif'));
    try {
      const link = await cli(['lint', 'k8s', '-f', 'sarif', '-o', 'report.sarif']);
      expect(link.code).toBe(2);
      expect(link.stderr).toContain('drydock: refusing to write report.sarif: it is a link, and drydock never writes through one');
      const input = await cli(['plan', 'k8s', '-o', 'k8s/ns.yaml']);
      expect(input.code).toBe(2);
      expect(input.stderr).toContain('refusing to write the report over the input file k8s/ns.yaml');
      expect(readFileSync(path.join(repo, '.git', 'config'), 'utf8')).toContain(credential);
      expect(readFileSync(path.join(repo, 'k8s', 'ns.yaml'), 'utf8')).toBe(namespace);
    } finally {
      rmSync(path.join(repo, 'report.sarif'));
    }
  });

  it.each([
    ['cluster: .git/config\n', '.drydock.yaml:1: cluster names a path drydock may not read: it leads into a .git folder'],
    ['cluster: ../cluster.yaml\n', '.drydock.yaml:1: cluster names a path drydock may not read: it leads outside the root'],
    ['namespace: x\nschemas: [/etc]\n', '.drydock.yaml:2: schemas names a path drydock may not read: it leads outside the root'],
  ])('refuses the config %j with a usage error naming key and line, without opening the file', async (text, message) => {
    config(text);
    for (const command of ['lint', 'plan']) {
      const run = await cli([command, 'k8s']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`drydock: ${message}`);
      expect(run.stdout + run.stderr).not.toContain(credential);
    }
  });

  it('checks an ignored file named on the command line, with a note', async () => {
    config('ignore: [k8s/ns.yaml]\n');
    const run = await cli(['lint', 'k8s/ns.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/k8s\/ns\.yaml\n {2}1:1 {2}info {2}.*ignore pattern.*input\/ignore-overridden/);
  });

  it('exits 2 when nothing is left to check, saying why', async () => {
    config('ignore: ["k8s/*.yaml"]\n');
    const ignored = await cli(['validate', 'k8s']);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toBe('drydock: no file left to check in k8s (skipped: 1 hidden, 1 ignored by the config, 3 links leading outside the root)\n');
    const link = await cli(['validate', 'k8s/settings.yaml']);
    expect(link.code).toBe(2);
    expect(link.stderr).toContain('no file left to check in k8s/settings.yaml (skipped: 1 link leading outside the root)');
  });

  it('reads a --base folder with the same rule', async () => {
    mkdirSync(path.join(repo, 'old'));
    symlinkSync(path.join(outside, 'other.yaml'), path.join(repo, 'old', 'other.yaml'));
    try {
      const run = await cli(['plan', 'k8s/ns.yaml', '--base', 'old', '-f', 'json']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain('"b"');
      expect(run.stdout).toContain('input/outside-root');
    } finally {
      rmSync(path.join(repo, 'old'), { recursive: true });
    }
  });

  it('exits 2 naming an extra schema file that is not JSON, without quoting it', async () => {
    mkdirSync(path.join(repo, 'schemas'));
    writeFileSync(path.join(repo, 'schemas', 'widget-example-v1.json'), `{"type": "object", ${credential}`);
    writeFileSync(path.join(repo, 'widget.yaml'), 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n');
    try {
      // spawned: in-process, --schemas is resolved against the process's working directory, not
      // the run's (validate({cwd, schemaDirs}) has that bug; reported, not fixed here)
      const run = runCli(['validate', 'widget.yaml', '--schemas', 'schemas'], { cwd: repo });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('drydock: schema file schemas/widget-example-v1.json is not valid JSON\n');
    } finally {
      rmSync(path.join(repo, 'schemas'), { recursive: true });
      rmSync(path.join(repo, 'widget.yaml'));
    }
  });
});
