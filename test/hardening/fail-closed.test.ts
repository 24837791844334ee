import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

// Through the CLI (in-process: main(argv, io)): no file name or comment makes drydock skip a manifest, and no message
// repeats what the input holds at odd spots.

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: c
    image: nginx:1.25
    securityContext:
      privileged: true
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drydock-fail-closed-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes files under a fresh folder of the temp dir and returns that folder. */
function writeAll(folder: string, files: Record<string, string>): string {
  const base = path.join(dir, folder);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
    writeFileSync(path.join(base, name), content);
  }
  return base;
}

const ruleIds = (stdout: string) => (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));

describe('file names and comments never make drydock skip a manifest', () => {
  it.each([
    ['pod.yaml', `# {{ .Values.x }}\n${privilegedPod}`],
    ['values.yaml', privilegedPod],
    ['Kustomization.yml', privilegedPod],
    ['Chart.yaml', privilegedPod],
    ['kustomization.yaml', `# {{ include "x" . }}\n${privilegedPod}`],
  ])('a privileged Pod in %s fails lint', async (name, text) => {
    const cwd = writeAll(`named-${name}`, { [name]: text });
    const run = await runMain(['lint', '-f', 'json', name], { cwd });
    expect(run.code).toBe(1);
    expect(ruleIds(run.stdout)).toContain('privileged-container');
    expect(ruleIds(run.stdout)).not.toContain('input/not-a-manifest');
  });

  it('a real Helm template that is no YAML is still skipped with the note', async () => {
    const cwd = writeAll('helm', { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "x.fullname" . }}\nspec:\n  {{- toYaml .Values.spec | nindent 2 }}\n' });
    // the JSON format leaves notes out, as ESLint's does; stylish shows them
    const run = await runMain(['lint', '-f', 'stylish', 'svc.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1:1 +info +skipped: a Go\/Helm template.*input\/not-a-manifest/);
    expect(run.stdout).toContain('0 problems (0 errors, 0 warnings, 1 note)');
  });

  it("a file in a chart's templates/ folder is skipped even when it reads as YAML", async () => {
    const cwd = writeAll('chart', {
      'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'values.yaml': 'image: nginx\n',
      'templates/pod.yaml': privilegedPod.replace('name: p', 'name: "{{ .Release.Name }}"'),
    });
    // a chart alone holds no Kubernetes object until it is rendered: nothing to check is a usage error
    const alone = await runMain(['lint', '-f', 'stylish', '.'], { cwd });
    expect(alone).toMatchObject({ code: 2, stdout: '' });
    expect(alone.stderr).toBe('drydock: no Kubernetes object in .: 3 files, 0 objects checked (skipped: 1 template, 2 not Kubernetes objects)\n');
    writeFileSync(path.join(cwd, 'namespace.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: charts\n');
    const run = await runMain(['lint', '-f', 'stylish', '.'], { cwd });
    expect(run.code).toBe(0);
    // Chart.yaml, values.yaml and the template: three notes, nothing else
    expect(run.stdout).toContain('0 problems (0 errors, 0 warnings, 3 notes)');
    expect(run.stdout).toMatch(/templates\/pod\.yaml\n +1:1 +info +skipped: a Go\/Helm template/);
  });
});

// Each file puts the marker where a YAML or JSON error points; the message must name the problem
// and the position, never the characters.
const marker = 'QZXV-marker-7d41';
const longValue = `${marker}-${'x'.repeat(60)}`;
const header = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n';
const brokenFiles: Record<string, string> = {
  'bad-indent.yaml': `${header}data:\n  a: b\n   c: ${marker}\n`,
  'bad-indent-key.yaml': `${header}data:\n  a: b\n ${marker}\n`,
  'unclosed-double.yaml': `${header}data:\n  a: "${marker}\n`,
  'unclosed-single.yaml': `${header}data:\n  a: '${marker}\n`,
  'bad-escape.yaml': `${header}data:\n  a: "\\q${marker}"\n`,
  'tab.yaml': `${header}data:\n\ta: ${marker}\n`,
  'unknown-tag.yaml': `${header}data:\n  a: !${marker} x\n`,
  'block-header.yaml': `${header}data:\n  a: |${marker}\n    text\n`,
  'directive.yaml': `%${marker} x\n---\n${header}`,
  'flow.yaml': `${header}data: {a: b, ${marker}\n`,
  'unknown-alias.yaml': `${header}data:\n  a: *${marker}\n`,
  'compact.yaml': `${header}data: ${marker}: x\n`,
  'stray.yaml': `${header}data:\n  a: b\n${marker}\n`,
  'bad.json': `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "m"}, "data": {"a": ${marker}}}`,
  'trailing-comma.json': `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "${marker}",}}`,
  'long-value.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: "${longValue}"\n`,
  'multi-line-value.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: "a\\n${marker}"\n`,
};

describe('messages never repeat the input', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = writeAll('markers', brokenFiles);
  });

  it.each(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'])('validate and lint, --format %s', async (format) => {
    for (const command of ['validate', 'lint']) {
      const run = await runMain([command, '-f', format, '.'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(marker);
    }
  });

  it('still reports every file, with its position', async () => {
    const run = await runMain(['validate', '-f', 'json', '.'], { cwd });
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; messages: { line: number; ruleId: string }[] }[];
    // an unknown local tag or directive is only a warning to the YAML reader; the others are errors
    const warnedOnly = new Set(['unknown-tag.yaml', 'directive.yaml']);
    for (const name of Object.keys(brokenFiles).filter((file) => !warnedOnly.has(file))) {
      const result = results.find((r) => r.filePath.endsWith(`/${name}`));
      expect(result?.errorCount, name).toBeGreaterThan(0);
    }
    const alias = results.find((r) => r.filePath.endsWith('/unknown-alias.yaml'));
    expect(alias?.messages.map((m) => [m.ruleId, m.line])).toEqual([['yaml/unknown-alias', 6]]);
  });
});

// Secret values written every way YAML and JSON allow; none may appear, as written or in base64.
const secretValue = 'hunter2x-SeCrEt-91b7';
const encoded = Buffer.from(secretValue).toString('base64');
const secretForms = [secretValue, encoded, encoded.replace(/=+$/, '')];
const secretFiles: Record<string, string> = {
  'flow.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: flow}\ndata: {password: ${encoded}}\nstringData: {token: ${secretValue}}\n`,
  'quoted-keys.yaml': `"apiVersion": "v1"\n"kind": "Secret"\n"metadata": {"name": "quoted"}\n"stringData":\n  "token": "${secretValue}"\n`,
  'explicit-key.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: explicit}\n? stringData\n: token: ${secretValue}\n`,
  'secret.json': JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'json' }, data: { password: encoded }, stringData: { token: secretValue } }),
  'not-base64.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: raw}\ndata:\n  password: ${secretValue}!\n`,
  'wrong-type.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: typed}\nstringData:\n  token: [${secretValue}]\n  other: {a: ${secretValue}}\n`,
  'duplicate.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: dup}\nstringData:\n  token: ${secretValue}\n  token: ${secretValue}\n`,
  'broken.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: broken}\nstringData:\n  token: "${secretValue}\n`,
  'bad-escape.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: esc}\nstringData:\n  token: "\\q${secretValue}"\n`,
  'misspelt.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: misspelt}\nstrinData:\n  token: ${secretValue}\n`,
  'malformed-version.yaml': `apiVersion: v1/\nkind: Secret\nmetadata: {name: version}\nstringData:\n  token: ${secretValue}\n`,
};

describe('Secret values in odd styles never reach any output', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = writeAll('secrets', secretFiles);
  });

  it.each(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'])('validate and lint, --format %s', async (format) => {
    for (const command of ['validate', 'lint']) {
      const run = await runMain([command, '-f', format, '.'], { cwd });
      expect(run.code).toBe(1);
      for (const form of secretForms) expect(run.stdout + run.stderr).not.toContain(form);
    }
  });
});

describe('plan --force masks a Secret whatever apiVersion it carries', () => {
  const versions = ['v1/', '" v1"', 'V1', 'core/v1', '/v1', undefined];
  const secret = (i: number, value: string) => {
    const version = versions[i];
    return `${version === undefined ? '' : `apiVersion: ${version}\n`}kind: Secret\nmetadata: {name: s${i}, namespace: d}\ndata:\n  k: ${Buffer.from(value).toString('base64')}\nstringData:\n  p: ${value}\n`;
  };
  const oldValue = 'old-value-Zq81';
  const forms = [secretValue, oldValue].flatMap((value) => [value, Buffer.from(value).toString('base64').replace(/=+$/, '')]);
  let cwd: string;
  beforeAll(() => {
    const desired = Object.fromEntries(versions.map((_, i) => [`desired/s${i}.yaml`, secret(i, secretValue)]));
    const base = ['apiVersion: v1\nkind: Namespace\nmetadata: {name: d}\n', ...versions.map((_, i) => secret(i, oldValue))].join('---\n');
    cwd = writeAll('plan', { ...desired, 'base.yaml': base });
  });

  it.each(['text', 'json', 'markdown', 'diff'])('--format %s, created and changed Secrets', async (format) => {
    for (const base of ['base.yaml', 'empty.yaml']) {
      if (base === 'empty.yaml') writeFileSync(path.join(cwd, base), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: d}\n');
      const run = await runMain(['plan', 'desired', '--base', base, '--force', '-f', format], { cwd });
      expect(run.stdout).toContain('s5');
      for (const form of forms) expect(run.stdout + run.stderr).not.toContain(form);
    }
  });
});

describe('names from the input cannot drive the terminal', () => {
  it('escapes control and bidi characters of a container name in every message, and bounds it', async () => {
    const name = `a\u001b[2J\u202e${'x'.repeat(3000)}`;
    const cwd = writeAll('terminal', { 'pod.yaml': privilegedPod.replace('- name: c', `- name: ${JSON.stringify(name)}`) });
    const run = await runMain(['lint', '-f', 'stylish', 'pod.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).not.toContain('\u202e');
    expect(run.stdout).toContain('\\u001b[2J');
    expect(Math.max(...run.stdout.split('\n').map((line) => line.length))).toBeLessThan(1200);
  });
});

