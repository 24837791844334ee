import { describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../../src/index.js';
import type { DiagnosticReport } from '../../src/report/diagnostics/diagnostic-report.js';
import { junit } from '../../src/report/diagnostics/junit.js';
import { repoRoot } from '../helpers/shared.js';
import { formatFixture, secretValue, secretValueBase64 } from './format-fixture.js';
import { defined, itemAt } from '../helpers/item-at.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes references, rejecting a bare `&` or an unknown entity (as an XML parser would). */
function decode(raw: string): string {
  return raw.replace(/&([^;\s]*);?/g, (ref, name: string) => {
    if (!ref.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    if (!(name in entities)) throw new Error(`unknown entity &${name};`);
    return entities[name]!; // `in` checked above
  });
}

/**
 * A small well-formedness check and parser for the subset of XML the formatter writes: a
 * declaration, elements with quoted attributes, text, self-closing tags. Throws on anything else.
 */
function parseXml(xml: string): XmlElement {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('a character XML 1.0 forbids');
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/;
  if (!declaration.test(xml)) throw new Error('no XML declaration');
  const token = /<\/([A-Za-z][\w.-]*)>|<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  token.lastIndex = xml.match(declaration)![0].length;
  while (token.lastIndex < xml.length) {
    const start = token.lastIndex;
    const match = token.exec(xml);
    if (!match) throw new Error(`not well-formed at ${start}: ${JSON.stringify(xml.slice(start, start + 40))}`);
    const [, close, open, attributeText, selfClosing, text] = match;
    const current = itemAt(stack, stack.length - 1);
    if (text !== undefined) {
      if (text.includes('>') || (current === root && text.trim() !== '')) throw new Error(`stray text ${JSON.stringify(text)}`);
      current.text += decode(text);
    } else if (close !== undefined) {
      if (close !== current.name) throw new Error(`</${close}> closes <${current.name}>`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const [, name, value] of defined(attributeText, 'the attributes of an open tag').matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
        // both groups are required by the pattern, so they are always set
        if (name! in attributes) throw new Error(`duplicate attribute ${name}`);
        attributes[name!] = decode(value!);
      }
      const element: XmlElement = { name: defined(open, 'the name of an open tag'), attributes, children: [], text: '' };
      if (current === root && root.children.length > 0) throw new Error('two root elements');
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${itemAt(stack, stack.length - 1).name}> is not closed`);
  return itemAt(root.children, 0);
}

function testCases(suite: XmlElement): XmlElement[] {
  return suite.children.filter((c) => c.name === 'testcase');
}

function parsed(report: DiagnosticReport = formatFixture): XmlElement {
  return parseXml(junit(report, { color: false }));
}

describe('junit formatter', () => {
  it('formats the shared fixture (golden)', async () => {
    await expect(junit(formatFixture, { color: false })).toMatchFileSnapshot('../fixtures/report/format-fixture.junit.xml');
  });

  it('writes one suite per file and one case per resource, with a failure per error or warning', () => {
    const root = parsed();
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.map((s) => s.attributes.name)).toEqual(formatFixture.files);
    const cases = Object.fromEntries(suites.map((s) => [s.attributes.name, testCases(s).map((c) => c.attributes.name)]));
    expect(cases).toEqual({
      'k8s/app.yaml': ['Deployment/shop/web', 'Service/shop/web'],
      'k8s/broken file.yaml': ['k8s/broken file.yaml'],
      'k8s/clean.yaml': ['k8s/clean.yaml'],
      'k8s/secret.yaml': ['Secret/shop/db-credentials', 'Namespace/shop'],
      'charts/web/templates/deployment.yaml': ['charts/web/templates/deployment.yaml'],
    });
    for (const suite of suites) {
      for (const testCase of testCases(suite)) expect(testCase.attributes.classname).toBe(suite.attributes.name);
    }

    const failures = suites.flatMap((s) => testCases(s).flatMap((c) => c.children.filter((e) => e.name === 'failure')));
    const problems = formatFixture.diagnostics.filter((d) => d.severity !== 'info');
    expect(failures).toHaveLength(problems.length);
    expect(failures.map((f) => f.attributes.type)).toEqual(problems.map((d) => d.ruleId));
    expect(itemAt(failures, 0).attributes.message).toBe(itemAt(problems, 0).message);
    expect(itemAt(failures, 0).text).toBe(`k8s/app.yaml:7:13: error: ${itemAt(problems, 0).message} (schema)`);
    expect(itemAt(failures, 1).text).toBe(
      'k8s/app.yaml:15:11: warning: Container "web" does not request CPU. (cpu-request-missing)\nHelp: https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md',
    );
  });

  it('counts tests, failed cases and skipped cases on every suite and in total', () => {
    const root = parsed();
    const counts = root.children.map((s) => [s.attributes.tests, s.attributes.failures, s.attributes.errors, s.attributes.skipped].map(Number));
    expect(counts).toEqual([
      [2, 2, 0, 0],
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [2, 2, 0, 0],
      [1, 0, 0, 1],
    ]);
    for (const suite of root.children) {
      const cases = testCases(suite);
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(Number(suite.attributes.failures)).toBe(cases.filter((c) => c.children.some((e) => e.name === 'failure')).length);
    }
    // junit-4.xsd has no `skipped` on testsuites: the skipped case is counted on its suite
    expect(root.attributes).toEqual({ name: 'drydock', tests: '7', failures: '5', errors: '0', time: '0' });
  });

  it('marks skipped input as skipped and lists several findings of one case in system-out', () => {
    const root = parsed();
    const skipped = itemAt(testCases(itemAt(root.children, 4)), 0);
    expect(skipped.children).toEqual([{ name: 'skipped', attributes: {}, children: [], text: 'skipped: a Helm template ({{ … }})' }]);
    const web = itemAt(testCases(itemAt(root.children, 0)), 0);
    expect(web.children.map((e) => e.name)).toEqual(['failure', 'failure', 'system-out']);
    expect(itemAt(web.children, 2).text.split('\n')).toEqual([
      `k8s/app.yaml:7:13: error: ${itemAt(formatFixture.diagnostics, 0).message} (schema)`,
      'k8s/app.yaml:15:11: warning: Container "web" does not request CPU. (cpu-request-missing)',
      'k8s/app.yaml:16:28: info: Container "web" uses imagePullPolicy IfNotPresent with a mutable tag. (image-pull-policy-not-always)',
    ]);
    const clean = itemAt(testCases(itemAt(root.children, 2)), 0);
    expect(clean.children).toEqual([]);
  });

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const xml = junit(formatFixture, { color: false });
    expect(xml).toContain('message="spec.replicas: expected integer, got string &quot;3 &lt; 4 &amp; &apos;x&apos;&quot;"');
    expect(xml).not.toContain('\u0007');
    const broken = itemAt(testCases(itemAt(parsed().children, 1)), 0);
    const syntax = broken.children.find((e) => e.attributes.type === 'yaml/syntax')!;
    expect(syntax.attributes.message).toBe('Unexpected character  in plain scalar\nat the second line');
    const hostile: Diagnostic = {
      ruleId: 'schema',
      severity: 'error',
      message: 'a]]>b\u0000c\uD800d\r\n"\'<>&',
      range: { file: 'k8s/a&b <c>.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'x"y' },
    };
    const root = parsed({ diagnostics: [hostile], files: [], cwd: '/repo' });
    const testCase = itemAt(testCases(itemAt(root.children, 0)), 0);
    expect(itemAt(root.children, 0).attributes.name).toBe('k8s/a&b <c>.yaml');
    expect(testCase.attributes.name).toBe('ConfigMap/x"y');
    expect(itemAt(testCase.children, 0).attributes.message).toBe('a]]>bcd\r\n"\'<>&');
  });

  it('keeps test case names unique when kinds of two groups share a name', () => {
    const at = (apiVersion: string): Diagnostic => ({
      ruleId: 'schema',
      severity: 'error',
      message: 'm',
      range: { file: 'a.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      resource: { apiVersion, kind: 'Ingress', name: 'web', namespace: 'shop' },
    });
    const names = testCases(itemAt(parsed({ diagnostics: [at('extensions/v1beta1'), at('networking.k8s.io/v1')], files: ['a.yaml'], cwd: '/repo' }).children, 0)).map((c) => c.attributes.name);
    expect(names).toEqual(['Ingress/shop/web (extensions/v1beta1)', 'Ingress/shop/web (networking.k8s.io/v1)']);
  });

  it('writes an empty report', () => {
    expect(junit({ diagnostics: [], files: [], cwd: '/repo' }, { color: false })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="drydock" tests="0" failures="0" errors="0" time="0"/>\n',
    );
  });

  it('never prints a Secret value', async () => {
    const text = junit(formatFixture, { color: false });
    expect(text).not.toContain(secretValue);
    expect(text).not.toContain(secretValueBase64);
    const result = await lint({ paths: ['test/fixtures/report/secret.yaml'], cwd: repoRoot });
    expect(result.diagnostics.some((d) => d.ruleId === 'api/secret-data')).toBe(true);
    const report = junit({ diagnostics: result.diagnostics, files: result.files, cwd: repoRoot }, { color: false });
    expect(report).not.toContain(secretValue);
    expect(report).not.toContain(secretValueBase64);
  });
});
