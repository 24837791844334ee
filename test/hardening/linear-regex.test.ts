import { describe, expect, it } from 'vitest';
import dockerSocketMount from '../../rules/docker-socket-mount.js';
import secretInConfigMap from '../../rules/secret-in-configmap.js';
import secretInEnvLiteral from '../../rules/secret-in-env-literal.js';
import sensitiveHostMount from '../../rules/sensitive-host-mount.js';
import type { Rule } from '../../src/lint/rule-api.js';
import { runRules } from '../../src/lint/run-rules.js';
import { startsLikeDocument, startsWithManifestKey } from '../../src/load/leading-lines.js';
import { formatOf, loadText } from '../../src/load/index.js';
import { resolvePlainScalar } from '../../src/load/kubectl-scalars.js';
import { readKubeadmPatches } from '../../src/plan/cluster/kind-patches.js';
import { oneLine } from '../../src/report/diagnostics/one-line.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { hasDelimitedRun, isPathUnder, parseQuantity, ResourceSet, trimTrailingSlashes } from '../../src/resources/index.js';
import { isStandardBase64 } from '../../src/resources/base64.js';
import { cronScheduleError } from '../../src/validate/cron-schedule.js';
import { parseFieldPath } from '../../src/schema/crd/field-path.js';
import { escapeXml } from '../../src/report/diagnostics/xml-escape.js';
import { dns1123SubdomainError, labelValueError, qualifiedNameError } from '../../src/validate/name-formats.js';

// Every pattern of ours that runs on input text, fed 1 MB shaped to make a backtracking regex
// retry: each finishes in well under half a second on a quiet runner, a quadratic one takes
// minutes and an exponential one never ends. The limit leaves 20x room for a busy machine (these
// run in-process, where Node 20 cannot measure one thread's CPU time), and still fails either.
const mb = 1 << 20;
const maxMs = 10_000;

/** Runs `rule` with its default options on the resources of `yaml`. */
function lintWith(rule: Rule<string, unknown>, yaml: string): number {
  const set = new ResourceSet(loadText(yaml, 'test.yaml', 'yaml').resources);
  const options = (rule.options as { defaults?: unknown } | undefined)?.defaults ?? {};
  return runRules([{ rule, severity: 'warning', options }], set, { kubernetesVersion: '1.36', defaultNamespace: 'default' }).length;
}

const podWithHostPath = (path: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "x:1", volumeMounts: [{name: v, mountPath: /m}]}]\n  volumes: [{name: v, hostPath: {path: "${path}"}}]\n`;

const cases: [string, string, () => unknown][] = [
  ['trimTrailingSlashes (resources/host-paths)', '1 MB of slashes, then x', () => trimTrailingSlashes(`${'/'.repeat(mb)}x`)],
  ['isPathUnder (resources/host-paths)', 'an allowed path of 1 MB of slashes, then x', () => isPathUnder('/var/log', `${'/'.repeat(mb)}x`)],
  ['sensitive-host-mount rule', 'a hostPath of 1 MB of slashes, then x', () => lintWith(sensitiveHostMount as Rule<string, unknown>, podWithHostPath(`${'/'.repeat(mb)}x`))],
  ['docker-socket-mount rule', 'a hostPath of 1 MB of slashes, then x', () => lintWith(dockerSocketMount as Rule<string, unknown>, podWithHostPath(`${'/'.repeat(mb)}x`))],
  ['hasDelimitedRun (resources/delimited-run)', '"BEGIN " 170,000 times', () => hasDelimitedRun('BEGIN '.repeat(mb / 6), 'BEGIN ', (c) => c >= 'A' && c <= 'Z', 'PRIVATE KEY')],
  ['secret-in-env-literal rule', 'an env value of "BEGIN " 170,000 times', () => lintWith(secretInEnvLiteral as Rule<string, unknown>, `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "x:1", env: [{name: A, value: "${'BEGIN '.repeat(mb / 6)}"}]}]\n`)],
  ['secret-in-configmap rule', 'a value of "-----BEGIN " 95,000 times', () => lintWith(secretInConfigMap as Rule<string, unknown>, `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: "${'-----BEGIN '.repeat(mb / 11)}"}\n`)],
  ['startsLikeDocument (load/leading-lines), for formatOf', '1 MB of blank lines, then !', () => startsLikeDocument(`${'\n'.repeat(mb)}!`)],
  ['formatOf (load/load-text)', 'a file without extension: 1 MB of blank and comment lines, then !', () => formatOf('input', `${'\n# c\n'.repeat(mb / 5)}!`)],
  ['startsWithManifestKey (load/leading-lines), for Markdown code blocks', '---, then 1 MB of newlines, then x', () => startsWithManifestKey(`---${'\n'.repeat(mb)}x`)],
  ['loadText: quoted scalars (load/parse-stream)', 'a 1 MB double-quoted value with quotes doubled', () => loadText(`a: "${"''".repeat(mb / 2)}"\n`, 't.yaml', 'yaml')],
  ['loadText: escaped line breaks (load/kubectl-quoted-scalars)', '1 MB of backslash, newline and blanks in double quotes', () => loadText(`a: "${'\\\n    '.repeat(mb / 6)}x"\n`, 't.yaml', 'yaml')],
  ['loadText: tabs kubectl refuses (load/go-yaml-tabs)', 'a mapping after 0.25 MB of comment lines, its 10,000 keys, then a tab line', () => loadText(`m:\n${'# c\n'.repeat(mb / 16)}${Array.from({ length: 10_000 }, (_, i) => `  k${i}: v\n`).join('')}\t\n`, 't.yaml', 'yaml')],
  ['loadText: tabs in block scalars (load/go-yaml-tabs)', 'a block scalar: 0.25 MB of blank lines, a line, then 20,000 lines of blanks and a tab', () => loadText(`k: |\n${'\n'.repeat(mb / 4)}    x\n${'    \t\n'.repeat(20_000)}`, 't.yaml', 'yaml')],
  ['loadText: \\\' escapes (load/quote-escape-stand-in)', "170,000 \\' escapes in double quotes, then 0.5 MB of backslashes before a quote", () => loadText(`a: "${"\\'".repeat(mb / 6)}"\nb: '${'\\'.repeat(mb / 2)}'\n`, 't.yaml', 'yaml')],
  ['loadText: escapes kubectl refuses (load/go-yaml-double-quoted)', '1 MB of \\u0041 escapes, then \\/', () => loadText(`a: "${'\\u0041'.repeat(mb / 6)}\\/"\n`, 't.yaml', 'yaml')],
  ['loadText: duplicate-key message (load/parse-stream)', 'a duplicated key of 1 MB of blanks between two words', () => loadText(`a${' '.repeat(mb)}b: 1\na${' '.repeat(mb)}b: 2\n`, 't.yaml', 'yaml')],
  ['loadText: anchor scan (load/parse-stream)', '1 MB of "- " list markers before an &', () => loadText(`${'- '.repeat(mb / 2)}&\n`, 't.yaml', 'yaml')],
  ['isStandardBase64 (validate/base64)', '10 MB of base64 letters, then !', () => isStandardBase64(`${'A'.repeat(10 * mb)}!`)],
  ['cronScheduleError (validate/cron-schedule)', '@every and 1 MB of "1m"', () => cronScheduleError(`@every ${'1m'.repeat(mb / 2)}x`)],
  ['dns1123SubdomainError (validate/name-formats)', '1 MB of "a." then -', () => dns1123SubdomainError(`${'a.'.repeat(mb / 2)}-`)],
  ['qualifiedNameError (validate/name-formats)', '1 MB of letters and dashes, then _', () => qualifiedNameError(`${'a-'.repeat(mb / 2)}_`)],
  ['labelValueError (validate/name-formats)', '1 MB of letters and dots, then -', () => labelValueError(`${'a.'.repeat(mb / 2)}-`)],
  ['parseQuantity (resources/quantity)', '1 MB of digits, then x', () => parseQuantity(`${'1'.repeat(mb)}x`)],
  ['resolvePlainScalar (load/kubectl-scalars)', '1 MB of digits with underscores, then x', () => resolvePlainScalar(`${'1_'.repeat(mb / 2)}x`)],
  ['readKubeadmPatches: maxPods and node-labels (plan/cluster/kind-patches)', '1 MB of blank lines', () => readKubeadmPatches([`${'\n'.repeat(mb)}x`])],
  ['readKubeadmPatches: list form (plan/cluster/kind-patches)', 'name: node-labels, then 1 MB of blank lines', () => readKubeadmPatches([`name: node-labels${'\n '.repeat(mb / 2)}x`])],
  ['readKubeadmPatches: taints block (plan/cluster/kind-patches)', 'taints:, then 1 MB of blank lines', () => readKubeadmPatches([`taints:\n${'\n'.repeat(mb)}x`])],
  ['oneLine (report/one-line), for stylish and junit', '1 MB of blanks, then x', () => oneLine(`a\n${' '.repeat(mb)}x`)],
  ['escapeMarkdown (report/markdown-escape)', '1 MB of special characters', () => escapeMarkdown('`*_[|<&\n'.repeat(mb / 8))],
  ['parseFieldPath (schema/crd/field-path)', "a quoted key of 10 MB", () => parseFieldPath(`['${'a'.repeat(10 * mb)}']`)],
  ['loadText: comment directives (load/comment-directives)', 'a # followed by 1 MB of blanks', () => loadText(`#${' '.repeat(mb)}x\na: 1\n`, 't.yaml', 'yaml')],
  ['loadText: Helm template sniffing (load/not-a-manifest)', '{{ followed by 1 MB of blanks', () => loadText(`a: "{{${' '.repeat(mb)}x"\n`, 't.yaml', 'yaml')],
  ['escapeXml (report/xml-escape)', '1 MB of lone surrogates', () => escapeXml('\ud800a'.repeat(mb / 2), 'text')],
  ['codeSpan (report/markdown-escape)', '1 MB of single backticks between letters', () => codeSpan('a`'.repeat(mb / 2))],
];

describe('our regular expressions on input run in linear time', () => {
  it.each(cases)('%s on %s', (_name, _shape, run) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(maxMs);
  });
});

describe('the plain-code replacements answer as the patterns did', () => {
  it('trims trailing slashes', () => {
    expect(['/var/log/', '/', '//', '/a//', 'a'].map(trimTrailingSlashes)).toEqual(['/var/log', '', '', '/a', 'a']);
  });

  it('finds a PEM header', () => {
    const upper = (c: string) => (c >= 'A' && c <= 'Z') || c === ' ';
    expect(hasDelimitedRun('x -----BEGIN RSA PRIVATE KEY----- y', '-----BEGIN ', upper, 'PRIVATE KEY-----')).toBe(true);
    expect(hasDelimitedRun('-----BEGIN PRIVATE KEY-----', '-----BEGIN ', upper, 'PRIVATE KEY-----')).toBe(true);
    expect(hasDelimitedRun('-----BEGIN rsa PRIVATE KEY-----', '-----BEGIN ', upper, 'PRIVATE KEY-----')).toBe(false);
    expect(hasDelimitedRun('PRIVATE KEY----- -----BEGIN ', '-----BEGIN ', upper, 'PRIVATE KEY-----')).toBe(false);
    expect(hasDelimitedRun('-----BEGIN x-----BEGIN EC PRIVATE KEY-----', '-----BEGIN ', upper, 'PRIVATE KEY-----')).toBe(true);
  });

  it('checks base64 as Go does', () => {
    expect(['', 'YQ==', 'YWI=', 'YWJj', 'YW\nJj', 'YQ=', 'Y===', 'YQ=a', '====', 'YW J'].map(isStandardBase64)).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('recognises how documents and manifest code blocks start', () => {
    const starts = ['apiVersion: v1', '\n# c\n  \n---', '{"a": 1}', '- a', '  key: v', '# only a comment', 'text here', 'key\n  : v', '%YAML 1.1'];
    expect(starts.map(startsLikeDocument)).toEqual([true, true, true, true, false, false, false, true, true]);
    const blocks = ['kind: Pod', '  # c\n---\n\n  apiVersion: v1', '--- \napiVersion: v1', '---apiVersion: v1', '# c', 'metadata: {}'];
    expect(blocks.map(startsWithManifestKey)).toEqual([true, true, true, false, false, false]);
  });
});
