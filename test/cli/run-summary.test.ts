import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { firstItems, itemAt } from '../helpers/item-at.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A folder under the system's temporary folder holding `files`. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-summary-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Runs the CLI in-process in `cwd`; stderr may be a terminal. */
async function cli(args: string[], cwd: string, options: { stderrTty?: boolean; stdin?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => options.stdin ?? '',
    isStdoutTty: false,
    isStderrTty: options.stderrTty ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const configMap = (name: string, namespace?: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${namespace === undefined ? '' : `  namespace: ${namespace}\n`}data:\n  a: b\n`;
const template = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{ include "labels" . }}\n';

describe('the summary that ends a run', () => {
  it('ends stylish output with the files and objects checked, and what was skipped and why', async () => {
    const dir = project({
      'k8s/a.yaml': `${configMap('a')}---\n${configMap('b')}`,
      'k8s/chart/templates/cm.yaml': template,
      'k8s/chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'k8s/.hidden.yaml': configMap('h'),
    });
    const run = await cli(['validate', '-f', 'stylish', 'k8s'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '',
        'k8s/chart/Chart.yaml',
        '  1:1  info  skipped: a Helm chart file  input/not-a-manifest',
        '',
        'k8s/chart/templates/cm.yaml',
        '  1:1  info  skipped: a Go/Helm template, not YAML until it is rendered (run `helm template` and check the output)  input/not-a-manifest',
        '',
        '\u2139 0 problems (0 errors, 0 warnings, 2 notes)',
        '\u2714 3 files, 2 objects checked (skipped: 1 template, 1 not a Kubernetes object, 1 hidden)',
        '',
      ].join('\n'),
    );
    // stderr is no terminal here: it says what the search passed over, as before
    expect(run.stderr).toBe('drydock: 3 files checked (skipped: 1 hidden)\n');
  });

  it('says only what it checked when there is nothing to report', async () => {
    const dir = project({ 'a.yaml': configMap('a') });
    expect(await cli(['validate', '.'], dir)).toEqual({ code: 0, stdout: '\u2714 1 file, 1 object checked\n', stderr: '' });
    expect(await cli(['lint', '-f', 'stylish', 'a.yaml', '--rule', 'required-label=off'], dir)).toEqual({ code: 0, stdout: '\u2714 1 file, 1 object checked\n', stderr: '' });
  });

  it('puts the summary under the problems, and leaves it out with --quiet', async () => {
    const dir = project({ 'a.yaml': configMap('Bad_Name') });
    const run = await cli(['validate', '.'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(-3)).toEqual(['\u2716 1 problem (1 error, 0 warnings)', '1 file, 1 object checked', '']);
    const quiet = await cli(['validate', '--quiet', '.'], dir);
    expect(quiet.stdout.split('\n').slice(-2)).toEqual(['\u2716 1 problem (1 error, 0 warnings)', '']);
  });

  it('goes to stderr on a terminal when the report does not show it, and keeps machine formats as they were', async () => {
    const dir = project({ 'a.yaml': configMap('a'), 'b.yaml': configMap('b') });
    const json = await cli(['validate', '-f', 'json', '.'], dir, { stderrTty: true });
    expect(json.stderr).toBe('drydock: 2 files, 2 objects checked\n');
    expect(JSON.parse(json.stdout)).toHaveLength(2);
    // shown by stylish on stdout (not a terminal here), and on stderr since stderr is one
    const stylish = await cli(['validate', '.'], dir, { stderrTty: true });
    expect(stylish).toEqual({ code: 0, stdout: '\u2714 2 files, 2 objects checked\n', stderr: 'drydock: 2 files, 2 objects checked\n' });
    // in a CI log nothing is added when nothing was skipped
    expect((await cli(['validate', '-f', 'sarif', '.'], dir)).stderr).toBe('');
  });

  it('counts standard input as a file and the items of a List as objects', async () => {
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: b\n';
    expect(await cli(['validate', '-'], project({}), { stdin: list })).toEqual({ code: 0, stdout: '\u2714 1 file, 2 objects checked\n', stderr: '' });
  });
});

describe('a folder named on the command line with nothing to check', () => {
  it('is a usage error when it holds no manifest file, as ESLint has it for patterns', async () => {
    const dir = project({ 'empty/.keep': '', 'hidden/.a.yaml': configMap('a'), 'ok/a.yaml': configMap('a') });
    expect(await cli(['validate', 'empty'], dir)).toEqual({ code: 2, stdout: '', stderr: 'drydock: no file left to check in empty\n' });
    expect(await cli(['validate', 'ok', 'hidden'], dir)).toEqual({ code: 2, stdout: '', stderr: 'drydock: no file left to check in hidden (skipped: 1 hidden)\n' });
    // the same folder twice finds its files twice
    expect((await cli(['validate', 'ok', 'ok'], dir)).code).toBe(0);
  });

  it('is a usage error when its files are all ignored by the config', async () => {
    const dir = project({ '.drydock.yaml': 'ignore: ["generated/**"]\n', 'generated/a.yaml': configMap('a'), 'b.yaml': configMap('b') });
    expect(await cli(['lint', 'generated'], dir)).toEqual({ code: 2, stdout: '', stderr: 'drydock: no file left to check in generated (skipped: 1 ignored by the config)\n' });
  });

  it('is a usage error when its files hold no Kubernetes object (a chart, a folder of docs)', async () => {
    const dir = project({ 'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'chart/templates/cm.yaml': template, 'docs/README.md': '# Notes\n\nNo manifests here.\n' });
    expect(await cli(['validate', 'chart'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drydock: no Kubernetes object in chart: 2 files, 0 objects checked (skipped: 1 template, 1 not a Kubernetes object)\n',
    });
    expect(await cli(['validate', 'docs'], dir)).toEqual({ code: 2, stdout: '', stderr: 'drydock: no Kubernetes object in docs: 1 file, 0 objects checked\n' });
    expect((await cli(['validate', '.'], dir)).code).toBe(2);
  });

  it('is no error when a file in it has a finding, nor for files named one by one (pre-commit), nor for standard input', async () => {
    const dir = project({ 'broken/a.yaml': 'key: [unclosed\n', 'notes/settings.yaml': 'replicas: 3\n', 'notes/README.md': '# Notes\n' });
    expect((await cli(['validate', 'broken'], dir)).code).toBe(1);
    expect(await cli(['validate', '--allow-untyped', 'notes/settings.yaml', 'notes/README.md'], dir)).toMatchObject({ code: 0, stderr: '' });
    expect(await cli(['validate', '-'], dir, { stdin: '' })).toEqual({ code: 0, stdout: '\u2714 1 file, 0 objects checked\n', stderr: '' });
  });
});

describe('JSON messages name the object they are about', () => {
  it('adds object {apiVersion, kind, namespace, name} beside ESLint\'s fields, without namespace when there is none, and none for file-level messages', async () => {
    const dir = project({ 'a.yaml': `${configMap('Bad_Name', 'shop')}---\n${configMap('Bad_Two')}`, 'b.yaml': 'key: [unclosed\n' });
    const results = JSON.parse((await cli(['validate', '-f', 'json', '.'], dir)).stdout) as { messages: Record<string, unknown>[] }[];
    const [a, b] = firstItems(results.map((result) => result.messages), 2);
    expect(a.map((m) => [Object.keys(m), m.object])).toEqual([
      [['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'object'], { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'Bad_Name' }],
      [['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'object'], { apiVersion: 'v1', kind: 'ConfigMap', name: 'Bad_Two' }],
    ]);
    expect(b).toHaveLength(1);
    expect(b[0]!.ruleId).toBe('yaml/bad-indent');
    expect(b[0]).not.toHaveProperty('object');
  });
});

describe('an object defined twice in one file', () => {
  const twice = `${configMap('settings')}---\n${configMap('other')}---\n${configMap('settings', 'default')}`;

  it('is a warning of validate and lint at the second metadata.name, naming the first (kubectl apply applies both, the later wins)', async () => {
    const dir = project({ 'app.yaml': twice });
    for (const command of ['validate', 'lint']) {
      const run = await cli([command, '-f', 'json', 'app.yaml'], dir);
      expect(run.code).toBe(0);
      const messages = itemAt(JSON.parse(run.stdout) as { messages: Record<string, unknown>[] }[], 0).messages.filter((m) => m.ruleId === 'input/duplicate-object');
      expect(messages).toEqual([
        {
          ruleId: 'input/duplicate-object',
          severity: 1,
          message: 'ConfigMap "settings" is defined twice (also in app.yaml:4); the later one would overwrite the earlier',
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 17,
          messageId: 'duplicate',
          object: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'settings' },
        },
      ]);
    }
  });

  it('is found through the result cache too, but not across files or namespaces, nor between generateName objects or Markdown examples', async () => {
    const dir = project({
      'app.yaml': twice,
      'copy.yaml': configMap('settings'),
      'other-namespace.yaml': `${configMap('settings', 'a')}---\n${configMap('settings', 'b')}`,
      'generated.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n',
      'README.md': `\`\`\`yaml\n${configMap('settings')}\`\`\`\n\n\`\`\`yaml\n${configMap('settings')}\`\`\`\n`,
    });
    const home = project({});
    const duplicates = async (args: string[]) =>
      (JSON.parse((await cli(['validate', '-f', 'json', ...args, '.'], dir)).stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[]).flatMap((result) =>
        result.messages.filter((m) => m.ruleId === 'input/duplicate-object').map((m) => `${path.basename(result.filePath)}:${m.line}`),
      );
    expect(await duplicates([])).toEqual(['app.yaml:18']);
    const cache = path.join(home, 'cache');
    expect(await duplicates(['--cache-location', cache])).toEqual(['app.yaml:18']);
    expect(await duplicates(['--cache-location', cache])).toEqual(['app.yaml:18']);
  });

  it('is not reported twice by plan, which reports it as plan/duplicate-object', async () => {
    const dir = project({ 'app.yaml': twice });
    const run = await cli(['plan', '-f', 'json', 'app.yaml'], dir);
    const ids = (JSON.parse(run.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
    expect(ids).toEqual(['plan/duplicate-object']);
  });
});
