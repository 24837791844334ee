import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import type { Rule } from '../../src/lint/rule-api.js';
import { runRules } from '../../src/lint/run-rules.js';
import { clusterFacts } from '../../src/plan/cluster-facts.js';
import { clusterFileModel, isClusterFile, kindClusterModel } from '../../src/plan/cluster/index.js';
import { ResourceSet, valueAt, type ClusterFacts, type Diagnostic, type KubernetesVersion } from '../../src/resources/index.js';
import { repoRoot } from './shared.js';
import { firstItems, itemAt } from './item-at.js';

/** One expected diagnostic: the message id, its position, and optionally the filled-in data. */
export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  data?: Record<string, string | number>;
}

/** A case: a fixture file of the rule (`valid.yaml`, `invalid.yaml`) or inline YAML. */
export interface RuleCase {
  name?: string;
  fixture?: string;
  yaml?: string;
  options?: Record<string, unknown>;
  kubernetesVersion?: '1.28' | '1.29' | '1.30' | '1.31' | '1.32' | '1.33' | '1.34' | '1.35' | '1.36';
  defaultNamespace?: string;
  /** A cluster model (a kind config or drydock cluster file, relative to the repository) the rule sees as `context.cluster`. */
  cluster?: string;
}

/**
 * Runs a rule over its cases, ESLint RuleTester style: every valid case must give no diagnostic,
 * every invalid case exactly the listed ones (message id, line, column). It also checks the rule's
 * contract: known message ids, filled placeholders, paths inside the resource, no internal failure.
 */
export function ruleTester(rule: Rule<string, unknown>, cases: { valid: RuleCase[]; invalid: (RuleCase & { errors: ExpectedError[] })[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has valid and invalid cases, none twice', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([c.fixture, c.yaml, c.options, c.kubernetesVersion, c.cluster]));
      expect(new Set(keys).size).toBe(keys.length);
    });

    for (const testCase of cases.valid) {
      it(`does not flag: ${caseName(testCase)}`, () => {
        expect(run(rule, testCase).map(describeDiagnostic)).toEqual([]);
      });
    }

    for (const testCase of cases.invalid) {
      it(`flags: ${caseName(testCase)}`, () => {
        for (const error of testCase.errors) {
          expect(Object.keys(rule.messages)).toContain(error.messageId);
        }
        const diagnostics = run(rule, testCase);
        const actual = diagnostics.map((d) => ({ messageId: d.messageId, line: d.range.start.line, column: d.range.start.column }));
        const expected = testCase.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column }));
        expect(actual).toEqual(expected);
        diagnostics.forEach((d, i) => {
          expect(d.message).not.toMatch(/\{\{/);
          const data = itemAt(testCase.errors, i).data;
          if (data) for (const value of Object.values(data)) expect(d.message).toContain(String(value));
        });
      });
    }
  });
}

function caseName(testCase: RuleCase): string {
  return testCase.name ?? testCase.fixture ?? 'inline YAML';
}

function run(rule: Rule<string, unknown>, testCase: RuleCase): Diagnostic[] {
  const file = testCase.fixture ? `fixtures/rules/${rule.id}/${testCase.fixture}` : 'inline.yaml';
  const text = testCase.yaml ?? readFileSync(path.join(repoRoot, file), 'utf8');
  const loaded = loadText(text, file);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const resources = new ResourceSet(loaded.resources);
  const options = { ...((rule.options?.defaults as object) ?? {}), ...(testCase.options ?? {}) };
  const kubernetesVersion = testCase.kubernetesVersion ?? '1.36';
  const defaultNamespace = testCase.defaultNamespace ?? 'default';
  const diagnostics = runRules([{ rule, severity: rule.severity, options }], resources, {
    kubernetesVersion,
    defaultNamespace,
    cluster: testCase.cluster === undefined ? undefined : clusterFactsFor(testCase.cluster, resources, kubernetesVersion, defaultNamespace),
  });
  expect(diagnostics.filter((d) => d.ruleId === 'internal')).toEqual([]);
  for (const d of diagnostics) {
    // a reported path names a field of the resource, or a missing field of an existing parent
    const resource = loaded.resources.find((r) => r.name === d.resource?.name && r.kind === d.resource?.kind)!;
    const parent = (d.path ?? []).slice(0, -1);
    expect(parent.length === 0 || valueAt(resource.object, parent) !== undefined, `path ${JSON.stringify(d.path)} is outside the resource`).toBe(true);
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}

/** The scheduler's verdict on `resources` for a kind config or drydock cluster file of the repository. */
function clusterFactsFor(file: string, resources: ResourceSet, kubernetesVersion: KubernetesVersion, defaultNamespace: string): ClusterFacts {
  const [config] = firstItems(loadText(readFileSync(path.join(repoRoot, file), 'utf8'), file, 'yaml', { keepNonManifests: true }).resources, 1);
  const built = isClusterFile(config) ? clusterFileModel(config) : kindClusterModel(config);
  if (!built.model) throw new Error(`${file} is not a usable cluster model: ${built.diagnostics.map((d) => d.message).join('; ')}`);
  return clusterFacts(resources, built.model, { kubernetesVersion, defaultNamespace });
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`;
}
