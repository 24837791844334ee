import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, validate, type Diagnostic } from '../../src/index.js';
import type { DiagnosticReport } from '../../src/report/diagnostics/diagnostic-report.js';
import { sarif, sarifLimits } from '../../src/report/diagnostics/sarif.js';
import { repoRoot } from '../helpers/shared.js';
import { fixtureRules, formatFixture, secretValue, secretValueBase64 } from './format-fixture.js';
import { itemAt } from '../helpers/item-at.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- assertions walk parsed SARIF */

const schemaFile = path.resolve(repoRoot, '../shared/schemas/sarif-schema-2.1.0.json');

function sarifOf(report: DiagnosticReport, toolVersion = '1.2.3'): any {
  return JSON.parse(sarif(report, { color: false, toolVersion }));
}

function withDiagnostics(diagnostics: Diagnostic[], extra: Partial<DiagnosticReport> = {}): DiagnosticReport {
  return { ...formatFixture, diagnostics, ...extra };
}

/** What GitHub code scanning requires beyond the schema (ecosystem.md §2.2, §2.3). */
function expectGitHubAccepts(log: any): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/^https:\/\//);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  const driver = run.tool.driver;
  expect(driver.name).toBe('drydock');
  expect(run.columnKind).toBe('utf16CodeUnits');
  expect(run.results.length).toBeLessThanOrEqual(25_000);
  expect(new Set(driver.rules.map((r: any) => r.id)).size).toBe(driver.rules.length);
  for (const rule of driver.rules) {
    expect(rule.id).not.toBe('');
    expect(rule.name.length).toBeLessThanOrEqual(255);
    expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.help.text.length).toBeGreaterThan(0);
    expect(['note', 'warning', 'error']).toContain(rule.defaultConfiguration.level);
    expect(rule.properties.tags.length).toBeLessThanOrEqual(20);
  }
  const fingerprints = new Set<string>();
  for (const result of run.results) {
    expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(['note', 'warning', 'error']).toContain(result.level);
    expect(result.message.text.length).toBeGreaterThan(0);
    const location = result.locations[0].physicalLocation;
    const { uri, uriBaseId } = location.artifactLocation;
    if (uriBaseId !== undefined) {
      expect(run.originalUriBaseIds[uriBaseId].uri).toMatch(/^file:\/\/.*\/$/);
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/|^\.\//i);
    } else {
      expect(uri).toMatch(/^file:\/\//);
    }
    expect(uri).not.toMatch(/[\s\\]/);
    const region = location.region;
    expect(region.startLine).toBeGreaterThanOrEqual(1);
    expect(region.startColumn).toBeGreaterThanOrEqual(1);
    if (region.endLine !== undefined) {
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
    }
    const fingerprint = result.partialFingerprints['drydockFingerprint/v1'];
    expect(fingerprint).toMatch(/^[0-9a-f]{64}:\d+$/);
    expect(fingerprints.has(fingerprint)).toBe(false);
    fingerprints.add(fingerprint);
  }
}

describe('sarif formatter', () => {
  it('formats the shared fixture (golden)', async () => {
    await expect(sarif(formatFixture, { color: false, toolVersion: '1.2.3' })).toMatchFileSnapshot('../fixtures/report/format-fixture.sarif.json');
  });

  it('meets GitHub code scanning rules', () => {
    expectGitHubAccepts(sarifOf(formatFixture));
    expectGitHubAccepts(sarifOf({ ...formatFixture, rules: fixtureRules }));
    expectGitHubAccepts(sarifOf(withDiagnostics([])));
  });

  it('maps severities to levels and shapes locations', () => {
    const run = sarifOf(formatFixture).runs[0];
    const [schemaResult] = run.results;
    expect(schemaResult).toMatchObject({
      ruleId: 'schema',
      level: 'error',
      message: { text: itemAt(formatFixture.diagnostics, 0).message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'k8s/app.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 13, endLine: 7, endColumn: 26 },
          },
          logicalLocations: [{ name: 'web', fullyQualifiedName: 'apps/v1/Deployment shop/web', kind: 'resource' }],
        },
      ],
    });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    const levels = Object.fromEntries(run.results.map((r: any) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ 'cpu-request-missing': 'warning', 'image-pull-policy-not-always': 'note', 'api/secret-data': 'error' });
    const uris = run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('k8s/broken%20file.yaml');
  });

  it('leaves out input/not-a-manifest notes and counts them in the invocation', () => {
    const run = sarifOf(formatFixture).runs[0];
    expect(run.results.map((r: any) => r.ruleId)).not.toContain('input/not-a-manifest');
    expect(run.tool.driver.rules.map((r: any) => r.id)).not.toContain('input/not-a-manifest');
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: '1 document was skipped as not Kubernetes objects (input/not-a-manifest).' } },
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('names its version only when given one', () => {
    expect(sarifOf(formatFixture, '2.0.0').runs[0].tool.driver.semanticVersion).toBe('2.0.0');
    const withoutVersion = JSON.parse(sarif(formatFixture, { color: false }));
    expect(withoutVersion.runs[0].tool.driver).not.toHaveProperty('semanticVersion');
  });

  it('describes rules from the metadata passed in, else from their namespace', () => {
    const rules = sarifOf({ ...formatFixture, rules: fixtureRules }).runs[0].tool.driver.rules;
    const byId = Object.fromEntries(rules.map((r: any) => [r.id, r]));
    expect(rules.map((r: any) => r.id)).toEqual([...rules.map((r: any) => r.id)].sort());
    expect(byId['cpu-request-missing']).toEqual({
      id: 'cpu-request-missing',
      name: 'CpuRequestMissing',
      shortDescription: { text: 'Containers request CPU.' },
      fullDescription: { text: 'Without a CPU request the scheduler places the Pod as if it needed none.' },
      helpUri: 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md',
      help: {
        text: 'Set `resources.requests.cpu`.\n\nDocumentation: https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md',
        markdown: 'Set `resources.requests.cpu`.\n\n[Documentation](https://github.com/drydock-dev/drydock/blob/main/docs/rules/cpu-request-missing.md)',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['resources'], 'problem.severity': 'warning' },
    });
    expect(byId.schema.shortDescription.text).toMatch(/OpenAPI schema/);
    expect(byId.schema.helpUri).toMatch(/docs\/diagnostics\.md$/);
    expect(byId['api/secret-data'].helpUri).toMatch(/docs\/diagnostics-api\.md$/);
    expect(byId['api/secret-data'].name).toBe('ApiSecretData');
    expect(byId['yaml/duplicate-key'].shortDescription.text).toMatch(/cannot be read as kubectl reads it \(duplicate-key\)/);
    expect(byId['image-pull-policy-not-always']).toMatchObject({
      helpUri: 'https://github.com/drydock-dev/drydock/blob/main/docs/rules/image-pull-policy-not-always.md',
      defaultConfiguration: { level: 'note' },
      properties: { 'problem.severity': 'recommendation' },
    });
  });

  it('keeps fingerprints when lines move, and tells same-key findings apart', () => {
    const fingerprints = (report: DiagnosticReport) => sarifOf(report).runs[0].results.map((r: any) => r.partialFingerprints['drydockFingerprint/v1']);
    const shifted = formatFixture.diagnostics.map((d) => ({
      ...d,
      range: { ...d.range, start: { ...d.range.start, line: d.range.start.line + 5 }, end: { ...d.range.end, line: d.range.end.line + 5 } },
    }));
    expect(fingerprints(withDiagnostics(shifted))).toEqual(fingerprints(formatFixture));
    const renamed = formatFixture.diagnostics.map((d) => (d.resource ? { ...d, resource: { ...d.resource, name: `${d.resource.name}-2` } } : d));
    const before = fingerprints(formatFixture);
    const after = fingerprints(withDiagnostics(renamed));
    const withResource = formatFixture.diagnostics.filter((d) => d.ruleId !== 'input/not-a-manifest').map((d) => d.resource !== undefined);
    withResource.forEach((has, i) => (has ? expect(after[i]).not.toBe(before[i]) : expect(after[i]).toBe(before[i])));
    // the two duplicate-key errors of one file share a hash and differ in their occurrence
    const duplicates = sarifOf(formatFixture).runs[0].results.filter((r: any) => r.ruleId === 'yaml/duplicate-key');
    const [first, second] = duplicates.map((r: any) => r.partialFingerprints['drydockFingerprint/v1'].split(':'));
    expect(first[0]).toBe(second[0]);
    expect([first[1], second[1]]).toEqual(['1', '2']);
  });

  it('keeps the most severe results under GitHub\'s limit and says so', () => {
    const many: Diagnostic[] = [];
    for (let i = 0; i < sarifLimits.resultsPerRun + 10; i++) {
      many.push({
        ruleId: 'cpu-request-missing',
        severity: i % 1000 === 0 ? 'error' : 'warning',
        message: `finding ${i}`,
        range: { file: 'k8s/app.yaml', start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
        resource: { apiVersion: 'v1', kind: 'Pod', name: `p${i}` },
      });
    }
    const run = sarifOf(withDiagnostics(many)).runs[0];
    expect(run.results).toHaveLength(sarifLimits.resultsPerRun);
    expect(run.results.filter((r: any) => r.level === 'error')).toHaveLength(6);
    expect(run.results.map((r: any) => r.message.text)).not.toContain(`finding ${sarifLimits.resultsPerRun + 9}`);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'warning' });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^Only the 5000 most severe of 5010 results/);
  });

  it('cuts long messages and descriptions without splitting a surrogate pair', () => {
    const long = `${'x'.repeat(sarifLimits.message - 2)}🚢🚢 and more`;
    const rules = [{ id: 'cpu-request-missing', summary: 'y'.repeat(2000), severity: 'warning' as const, tags: Array.from({ length: 30 }, (_, i) => `t${i}`) }];
    const run = sarifOf(withDiagnostics([{ ...itemAt(formatFixture.diagnostics, 1), message: long }], { rules })).runs[0];
    const text: string = run.results[0].message.text;
    expect(text.length).toBeLessThanOrEqual(sarifLimits.message);
    expect(text).toBe(`${'x'.repeat(sarifLimits.message - 2)}…`);
    expect(run.tool.driver.rules[0].shortDescription.text).toHaveLength(1024);
    expect(run.tool.driver.rules[0].properties.tags).toHaveLength(20);
  });

  it('names files outside the working directory by file: URI and reports internal failures', () => {
    const outside: Diagnostic = { ruleId: 'internal', severity: 'error', message: 'boom', range: { file: '/elsewhere/a b.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
    const run = sarifOf(withDiagnostics([outside])).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.yaml' });
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expectGitHubAccepts(sarifOf(withDiagnostics([outside])));
  });

  it('never prints a Secret value', async () => {
    for (const report of [formatFixture, { ...formatFixture, rules: fixtureRules }]) {
      const text = sarif(report, { color: false });
      expect(text).not.toContain(secretValue);
      expect(text).not.toContain(secretValueBase64);
    }
    // and on what the real pipeline reports for a Secret holding the marker
    const options = { paths: ['test/fixtures/report/secret.yaml'], cwd: repoRoot };
    for (const result of [await validate(options), await lint(options)]) {
      expect(result.diagnostics.some((d) => d.ruleId === 'api/secret-data')).toBe(true);
      const text = sarif({ diagnostics: result.diagnostics, files: result.files, cwd: repoRoot }, { color: false });
      expect(text).not.toContain(secretValue);
      expect(text).not.toContain(secretValueBase64);
    }
  });
});

// the schema is read in place from ../shared (never copied into the repository); a plain clone skips these
describe.skipIf(!existsSync(schemaFile))('sarif formatter against the SARIF 2.1.0 schema', () => {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  // a URI reference: no characters RFC 3986 leaves out, every % starting an escape
  ajv.addFormat('uri-reference', (value: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  // compiled in beforeAll: a skipped describe still runs its body while tests are collected
  let validateSarif: ValidateFunction;
  beforeAll(() => {
    validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  });

  const cases: [string, DiagnosticReport][] = [
    ['the shared fixture', formatFixture],
    ['the fixture with rule metadata', { ...formatFixture, rules: fixtureRules }],
    ['an empty report', withDiagnostics([])],
  ];
  it.each(cases)('validates %s', (_name, report) => {
    const log = sarifOf(report);
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
  });

  it('rejects what it should, so the validation is real', () => {
    const log = sarifOf(formatFixture);
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].results[1].message;
    expect(validateSarif(log)).toBe(false);
  });
});
