import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { RuleCategory } from '../../src/lint/rule-api.js';
import { renderRuleDocs } from '../../scripts/rule-docs.js';
import { repoRoot } from '../helpers/shared.js';

const ruleParts = readFileSync(path.join(repoRoot, 'src/lint/rule-parts.ts'), 'utf8');

/** The source of the shared checks a rule calls (`check: probePortCheck(...)`, or from its own check), or ''. */
function sharedCheckSource(ruleSource: string): string {
  let source = '';
  for (const match of ruleParts.matchAll(/^export function (\w+)\b/gm)) {
    if (!new RegExp(`\\b${match[1]}\\(`).test(ruleSource)) continue;
    const end = ruleParts.indexOf('\nexport ', match.index + 1);
    source += ruleParts.slice(match.index, end < 0 ? undefined : end);
  }
  return source;
}

// A rule is a set of files that must move together: the rule, its test, its fixtures and its
// docs. These checks compare the sets exactly, so a rule can be neither half-added nor half-removed.
const categories: RuleCategory[] = ['reliability', 'security', 'resources', 'networking', 'scheduling', 'rbac', 'configuration'];
const namesIn = (dir: string, suffix: string) =>
  readdirSync(path.join(repoRoot, dir)).filter((n) => n.endsWith(suffix)).map((n) => n.slice(0, -suffix.length)).sort();

describe('rule consistency', () => {
  const ids = rules.map((r) => r.id).sort();

  it('has one registry entry per rule file, named by its id', () => {
    expect(namesIn('rules', '.ts').filter((n) => n !== 'index')).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a test, fixtures and a docs page for every rule, and nothing for rules that do not exist', () => {
    expect(namesIn('test/rules', '.test.ts').filter((n) => n !== 'consistency' && n !== 'conformance')).toEqual(ids);
    const fixtureDirs = readdirSync(path.join(repoRoot, 'fixtures/rules')).sort();
    expect(fixtureDirs).toEqual(ids);
    for (const id of ids) {
      expect(existsSync(path.join(repoRoot, 'fixtures/rules', id, 'valid.yaml')), `${id}/valid.yaml`).toBe(true);
      expect(existsSync(path.join(repoRoot, 'fixtures/rules', id, 'invalid.yaml')), `${id}/invalid.yaml`).toBe(true);
    }
    expect(namesIn('docs/rules', '.md').filter((n) => n !== 'README')).toEqual(ids);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has complete metadata', (_, rule) => {
    for (const sentence of [rule.summary, rule.rationale, rule.fix]) expect(sentence.trim()).toMatch(/[.)]$/);
    expect(categories).toContain(rule.category);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(['recommended', 'strict', 'all']).toContain(rule.preset);
    expect(rule.kinds.length).toBeGreaterThan(0);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.messages)) expect(message).toMatch(/\.$/);
    // every message id is used by the rule's code, or by the shared check it takes from rule-parts.ts
    const ruleSource = readFileSync(path.join(repoRoot, 'rules', `${rule.id}.ts`), 'utf8');
    const source = ruleSource + sharedCheckSource(ruleSource);
    for (const messageId of Object.keys(rule.messages)) expect(source, `${rule.id}: message ${messageId} unused`).toMatch(new RegExp(`messageId:\\s*['"]${messageId}['"]|['"]${messageId}['"]`));
    if (rule.options) {
      const ajv = new Ajv({ strict: false });
      const validate = ajv.compile(rule.options.schema);
      expect(validate(rule.options.defaults), `${rule.id} defaults`).toBe(true);
      expect(validate({ notAnOption: true }), `${rule.id} rejects unknown options`).toBe(false);
      for (const property of Object.values(rule.options.schema.properties)) expect(property.description).toMatch(/\.$/);
    }
  });

  it('has current generated docs and README table (npm run docs)', () => {
    const stale = [...renderRuleDocs(rules, repoRoot)].filter(([file, content]) => readFileSync(path.join(repoRoot, file), 'utf8') !== content).map(([file]) => file);
    expect(stale).toEqual([]);
  });

  it('has a current registry (npm run rules:index)', () => {
    const registry = readFileSync(path.join(repoRoot, 'rules/index.ts'), 'utf8');
    for (const id of ids) expect(registry).toContain(`'./${id}.js'`);
  });
});
