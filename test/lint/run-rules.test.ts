import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { defineRule } from '../../src/lint/rule-api.js';
import { fillMessage, runRules, type ActiveRule } from '../../src/lint/run-rules.js';
import { ResourceSet } from '../../src/resources/index.js';
import { itemAt } from '../helpers/item-at.js';

const settings = { kubernetesVersion: '1.36', defaultNamespace: 'default' } as const;

const twoPods = new ResourceSet(
  loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\nspec:\n  containers: []\n', 'pods.yaml').resources,
);

const namesRule = (id: string, options: unknown): ActiveRule => ({
  rule: defineRule({
    id,
    summary: 's',
    rationale: 'r',
    fix: 'f',
    category: 'configuration',
    severity: 'warning',
    kinds: ['Pod'],
    preset: 'all',
    messages: { seen: '{{rule}} saw {{name}} with {{option}}' },
    check({ resource, options: given, report }) {
      report({ messageId: 'seen', path: ['metadata', 'name'], data: { rule: id, name: resource.name, option: String(given) } });
    },
  }),
  severity: 'warning',
  options,
});

describe('fillMessage', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(fillMessage('Container "{{container}}" uses {{ image }}.', { container: 'web', image: 'nginx' })).toBe('Container "web" uses nginx.');
  });

  it('fills a placeholder used twice and numbers', () => {
    expect(fillMessage('{{n}} of {{n}}', { n: 3 })).toBe('3 of 3');
  });

  it('leaves an unknown placeholder visible, so tests notice it', () => {
    expect(fillMessage('needs {{missing}}', {})).toBe('needs {{missing}}');
  });

  it('returns a template without placeholders as it is', () => {
    expect(fillMessage('nothing to fill')).toBe('nothing to fill');
  });
});

describe('runRules', () => {
  it('gives each rule its own options and reports against the resource being checked', () => {
    const found = runRules([namesRule('first', 'one'), namesRule('second', 'two')], twoPods, settings);
    expect(found.map((d) => `${d.ruleId} ${d.range.start.line} ${d.message}`)).toEqual([
      'first 4 first saw a with one',
      'second 4 second saw a with two',
      'first 11 first saw b with one',
      'second 11 second saw b with two',
    ]);
  });

  it('turns a rule that throws into one internal finding per resource and keeps running the others', () => {
    const failing: ActiveRule = {
      ...namesRule('broken', undefined),
      rule: { ...namesRule('broken', undefined).rule, check: () => { throw new Error('boom'); } },
    };
    const found = runRules([failing, namesRule('fine', 'x')], twoPods, settings);
    expect(found.map((d) => `${d.ruleId} ${d.range.start.line}`)).toEqual(['internal 1', 'fine 4', 'internal 8', 'fine 11']);
    expect(itemAt(found, 0).message).toBe('the rule broken failed on v1/Pod a: boom (this is a bug in drydock)');
  });
});
