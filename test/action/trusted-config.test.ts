import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionIo } from '../../src/action/action-io.js';
import { pullRequestBase } from '../../src/action/pull-request-base.js';
import { runAction } from '../../src/action/run-action.js';
import { validate } from '../../src/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

// a Pod whose image uses :latest; the base's config makes that an error
const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example/web:latest\n';
const strict = 'rules:\n  latest-tag: error\n';
const lenient = 'rules:\n  latest-tag: "off"\nignore: ["*.yaml"]\n';

/** A repository with a base commit and a pull request commit on top; returns its folder and the base's sha. */
function repository(base: Record<string, string>, pullRequest: Record<string, string | null>): { dir: string; baseSha: string } {
  const dir = tempDir('drydock-pr-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'test');
  const commit = (files: Record<string, string | null>, message: string) => {
    for (const [name, text] of Object.entries(files)) {
      if (text === null) rmSync(path.join(dir, name));
      else writeFileSync(path.join(dir, name), text);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  };
  commit(base, 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  commit(pullRequest, 'pull request');
  return { dir, baseSha };
}

/** Runs the Action in-process on a pull_request event whose payload names `baseSha`. */
async function runOnPullRequest(dir: string, baseSha: string, inputs: Record<string, string> = {}, event = 'pull_request') {
  const runner = tempDir('drydock-runner-');
  const eventPath = path.join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: baseSha, ref: 'main' } } }));
  let stdout = '';
  const env: Record<string, string> = { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_BASE_REF: 'main', RUNNER_TEMP: runner, INPUT_ANNOTATIONS: 'false' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const io: ActionIo = { env, cwd: dir, stdout: (text) => (stdout += text) };
  return { code: await runAction(io), stdout };
}

describe('the Action on a pull request judges by the base\'s config', () => {
  it('keeps the base\'s rules when the pull request turns a rule off in .drydock.yaml', async () => {
    const { dir, baseSha } = repository({ '.drydock.yaml': strict, 'pod.yaml': pod }, { '.drydock.yaml': lenient });
    const run = await runOnPullRequest(dir, baseSha);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('latest-tag');
    expect(run.stdout).toContain(`using .drydock.yaml as it is at the pull request's base (${baseSha.slice(0, 12)})`);
    // the same on pull_request_target, and the working tree's copy is what a push would use
    expect((await runOnPullRequest(dir, baseSha, {}, 'pull_request_target')).code).toBe(1);
    // (its `ignore` leaves no file, which is a usage error since a run must check something)
    const push = await runOnPullRequest(dir, baseSha, {}, 'push');
    expect(push.code).toBe(2);
    expect(push.stdout).toContain('no file left to check');
    expect(push.stdout).not.toContain('latest-tag');
  });

  it('reads the config input from the base too, and uses the defaults when the base has none', async () => {
    const { dir, baseSha } = repository({ 'ci.yaml': strict, 'pod.yaml': pod }, { 'ci.yaml': lenient });
    expect((await runOnPullRequest(dir, baseSha, { config: 'ci.yaml' })).code).toBe(1);
    const added = repository({ 'pod.yaml': pod }, { '.drydock.yaml': lenient });
    const run = await runOnPullRequest(added.dir, added.baseSha);
    // the defaults: latest-tag is a warning, the pull request's ignore is not applied
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('latest-tag');
    expect(run.stdout).toContain(`::notice title=drydock::the pull request's base (${added.baseSha.slice(0, 12)}) has no .drydock.yaml: checking with the default settings`);
  });

  it('judges by the base when the pull request deletes the config', async () => {
    const { dir, baseSha } = repository({ '.drydock.yaml': strict, 'pod.yaml': pod }, { '.drydock.yaml': null });
    expect((await runOnPullRequest(dir, baseSha)).code).toBe(1);
  });

  it('reads a config outside the workspace as it is: the pull request cannot change it', async () => {
    const { dir, baseSha } = repository({ 'pod.yaml': pod }, {});
    const outside = path.join(tempDir('drydock-outside-'), 'strict.yaml');
    writeFileSync(outside, strict);
    expect((await runOnPullRequest(dir, baseSha, { config: outside })).code).toBe(1);
  });

  it('fails the step, saying what to do, when the checkout lacks the base commit', async () => {
    const { dir } = repository({ '.drydock.yaml': strict, 'pod.yaml': pod }, { '.drydock.yaml': lenient });
    const missing = 'b'.repeat(40);
    const run = await runOnPullRequest(dir, missing);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::drydock: this pull request's base commit b{40} is not in the checkout.*fetch-depth: 0.*git fetch --depth=1 origin b{40}/m);
  });

  it('refuses a base config that is a link, rather than follow it', async () => {
    const linked = repository({ 'pod.yaml': pod }, {});
    git(linked.dir, 'rm', '-q', 'pod.yaml');
    execFileSync('ln', ['-s', '/etc/hostname', path.join(linked.dir, '.drydock.yaml')]);
    git(linked.dir, 'add', '-A');
    git(linked.dir, 'commit', '-q', '-m', 'link');
    const linkSha = git(linked.dir, 'rev-parse', 'HEAD');
    writeFileSync(path.join(linked.dir, 'pod.yaml'), pod);
    const run = await runOnPullRequest(linked.dir, linkSha);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('is not a regular file');
  });
});

describe('the Action and result caches', () => {
  it('never reads a .drydockcache the pull request committed, even one the CLI would accept', async () => {
    const { dir, baseSha } = repository({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n' }, {});
    // the strongest plant: a cache signed with this very user's key, claiming the file is clean
    const cacheDir = path.join(tempDir('drydock-home-'), 'drydock');
    const cacheLocation = path.join(dir, '.drydockcache');
    const options = { paths: ['.'], cwd: dir, cache: true, cacheDir, cacheLocation };
    expect((await validate(options)).diagnostics).toHaveLength(1);
    const text = readFileSync(cacheLocation, 'utf8');
    const data = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { files: Record<string, [string, unknown[]]> };
    for (const entry of Object.values(data.files)) entry[1] = [];
    const payload = JSON.stringify(data);
    const mac = createHmac('sha256', readFileSync(path.join(cacheDir, 'secret'))).update(payload).digest('hex');
    writeFileSync(cacheLocation, `drydock-cache 3 ${mac}\n${payload}`);
    expect((await validate(options)).diagnostics).toEqual([]);
    const run = await runOnPullRequest(dir, baseSha, { command: 'validate' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/cm\.yaml[\s\S]*error/);
    expect(existsSync(cacheLocation)).toBe(true);
  });
});

describe('pullRequestBase', () => {
  it('takes the payload\'s base sha, else origin/<base branch>, and only on pull request events', () => {
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'push', GITHUB_BASE_REF: 'main' })).toBeUndefined();
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' })).toBe('origin/main');
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: '--upload-pack=x' })).toBeUndefined();
    const dir = tempDir('drydock-event-');
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: '--output=/tmp/x' } } }));
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' })).toBe('origin/main');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'a'.repeat(40) } } }));
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event })).toBe('a'.repeat(40));
  });
});
