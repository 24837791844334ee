import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { itemAt } from '../helpers/item-at.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number }[];
}

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n    - port: 80\n';
const otherPod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: other\n  labels: {app: other}\nspec:\n  containers:\n    - name: other\n      image: example/other:1.0\n';
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  containers:\n    - name: web\n      image: example/web:1.0\n';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-ci-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function json(args: string[], cwd: string): Promise<JsonResult[]> {
  const run = await runMain([...args, '-f', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonResult[];
}

const names = (results: JsonResult[]) => results.map((r) => path.basename(r.filePath)).sort();

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

describe('--shard (the CLI in-process)', () => {
  const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`cm-${i}.yaml`, configMap(i % 2 ? `ok-${i}` : `Bad_${i}`)]));

  it('splits the files among n jobs, each file in exactly one, the union being the whole run', async () => {
    const dir = project(files);
    const whole = await json(['validate', '.'], dir);
    const shards = await Promise.all([1, 2, 3].map((i) => json(['validate', '.', '--shard', `${i}/3`], dir)));
    expect(shards.flatMap(names).sort()).toEqual(names(whole));
    expect(shards.flat().sort((a, b) => a.filePath.localeCompare(b.filePath))).toEqual([...whole].sort((a, b) => a.filePath.localeCompare(b.filePath)));
    // the same split on the next run
    expect(names(await json(['validate', '.', '--shard', '2/3'], dir))).toEqual(names(shards[1]!));
  });

  it('refuses malformed shards with exit 2', async () => {
    for (const bad of ['0/3', '4/3', 'x']) {
      const run = await runMain(['validate', '.', '--shard', bad], { cwd: project(files) });
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('--shard takes i/n');
    }
    expect((await runMain(['lint', '.', '--shard', '0/1'], { cwd: project(files) })).code).toBe(2);
  });

  it('lints a shard with every file loaded for cross-resource rules', async () => {
    const dir = project({ 'a-service.yaml': service, 'b-pod.yaml': pod, 'c-other.yaml': otherPod, 'd.yaml': configMap('d') });
    // without b-pod.yaml, the Service selects nothing
    const alone = await json(['lint', 'a-service.yaml', 'c-other.yaml', '--rule', 'service-selects-no-pods=error'], dir);
    expect(alone.flatMap((r) => r.messages).some((m) => m.ruleId === 'service-selects-no-pods')).toBe(true);
    const whole = await json(['lint', '.', '--rule', 'service-selects-no-pods=error'], dir);
    expect(whole.flatMap((r) => r.messages).some((m) => m.ruleId === 'service-selects-no-pods')).toBe(false);
    const shards = await Promise.all([1, 2].map((i) => json(['lint', '.', '--shard', `${i}/2`, '--rule', 'service-selects-no-pods=error'], dir)));
    expect(shards.flatMap(names).sort()).toEqual(names(whole));
    for (const shard of shards) expect(shard.flatMap((r) => r.messages).some((m) => m.ruleId === 'service-selects-no-pods')).toBe(false);
  });
});

describe('--changed-since (the CLI in-process)', () => {
  function repo(): string {
    const dir = project({ 'a.yaml': configMap('Bad_A'), 'b.yaml': configMap('Bad_B'), 'service.yaml': service, 'pod.yaml': pod, 'other.yaml': otherPod });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    return dir;
  }

  it('checks only the files changed since the ref: committed, uncommitted and untracked', async () => {
    const dir = repo();
    expect(await runMain(['validate', '.', '--changed-since', 'main'], { cwd: dir })).toMatchObject({ code: 0, stdout: '\u2714 0 files, 0 objects checked\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(dir, 'a.yaml'), configMap('Still_Bad_A'));
    git(dir, 'commit', '-q', '-am', 'edit a');
    expect(names(await json(['validate', '.', '--changed-since', 'main'], dir))).toEqual(['a.yaml']);
    writeFileSync(path.join(dir, 'b.yaml'), configMap('Still_Bad_B'));
    writeFileSync(path.join(dir, 'new.yaml'), configMap('Bad_New'));
    const run = await runMain(['validate', '.', '--changed-since', 'main'], { cwd: dir });
    expect(run.code).toBe(1);
    const results = JSON.parse((await runMain(['validate', '.', '--changed-since', 'main', '-f', 'json'], { cwd: dir })).stdout) as JsonResult[];
    expect(names(results)).toEqual(['a.yaml', 'b.yaml', 'new.yaml']);
    // intersected with the paths given
    expect(names(await json(['validate', 'b.yaml', 'pod.yaml', '--changed-since', 'main'], dir))).toEqual(['b.yaml']);
  });

  it('lints only the changed files, with the unchanged ones as context', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'service.yaml'), service.replace('port: 80', 'port: 8080'));
    const results = await json(['lint', '.', '--changed-since', 'HEAD', '--rule', 'service-selects-no-pods=error'], dir);
    expect(names(results)).toEqual(['service.yaml']);
    expect(results.flatMap((r) => r.messages).some((m) => m.ruleId === 'service-selects-no-pods')).toBe(false);
  });

  it('exits 2 with a clear message outside a repository or for an unknown ref', async () => {
    const unknown = await runMain(['validate', '.', '--changed-since', 'no-such-branch'], { cwd: repo() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown git ref "no-such-branch"');
    const outside = await runMain(['validate', '.', '--changed-since', 'main'], { cwd: project({ 'a.yaml': configMap('a') }) });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('not in one');
  });
});

describe('--cache (the CLI in-process)', () => {
  it('gives the same report with and without the cache, and after an edit changes only that file', async () => {
    const dir = project(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`cm-${i}.yaml`, configMap(i % 2 ? `ok-${i}` : `Bad_${i}`)])));
    const plain = (await runMain(['validate', '.', '-f', 'json'], { cwd: dir })).stdout;
    // the cache lives in the user's cache folder, never in the checkout
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'drydock-ci-home-'));
    made.push(cacheHome);
    const env = { XDG_CACHE_HOME: cacheHome };
    expect((await runMain(['validate', '.', '-f', 'json', '--cache'], { cwd: dir, env })).stdout).toBe(plain);
    expect(existsSync(path.join(dir, '.drydockcache'))).toBe(false);
    const cached = readdirSync(path.join(cacheHome, 'drydock')).filter((name) => name.endsWith('.cache'));
    expect(cached).toHaveLength(1);
    expect(statSync(path.join(cacheHome, 'drydock', itemAt(cached, 0))).size).toBeGreaterThan(0);
    expect((await runMain(['validate', '.', '-f', 'json', '--cache'], { cwd: dir, env })).stdout).toBe(plain);
    writeFileSync(path.join(dir, 'cm-1.yaml'), configMap('Now_Bad'));
    const before = JSON.parse(plain) as JsonResult[];
    const after = JSON.parse((await runMain(['validate', '.', '-f', 'json', '--cache'], { cwd: dir, env })).stdout) as JsonResult[];
    expect(after.filter((r) => !r.filePath.endsWith('cm-1.yaml'))).toEqual(before.filter((r) => !r.filePath.endsWith('cm-1.yaml')));
    expect(after.find((r) => r.filePath.endsWith('cm-1.yaml'))!.messages).not.toEqual([]);
    expect((await runMain(['validate', '.', '-f', 'json', '--cache'], { cwd: dir, env })).stdout).toBe((await runMain(['validate', '.', '-f', 'json'], { cwd: dir })).stdout);
  });

  it('writes --cache-location, which is never read as input', async () => {
    const dir = project({ 'a.yaml': configMap('Bad_A') });
    const plain = (await runMain(['validate', '.', '-f', 'json'], { cwd: dir })).stdout;
    for (let i = 0; i < 2; i++) expect((await runMain(['validate', '.', '-f', 'json', '--cache-location', 'cache.json'], { cwd: dir })).stdout).toBe(plain);
    expect(readFileSync(path.join(dir, 'cache.json'), 'utf8')).toMatch(/^drydock-cache 3 [0-9a-f]{64}\n/);
    // a cache planted or edited without the user's key is ignored with a note on stderr
    const cacheFile = path.join(dir, 'cache.json');
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace('"files":{', '"files" :{'));
    const forged = await runMain(['validate', '.', '-f', 'json', '--cache-location', 'cache.json'], { cwd: dir });
    expect(forged.stdout).toBe(plain);
    expect(forged.stderr).toMatch(/^drydock: ignoring the cache .*cache\.json: its signature does not match/m);
  });
});
