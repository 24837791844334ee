import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/lint/rule-api.js';
import { parseRuleFlags } from '../../src/lint/rule-flags.js';
import { resolveRules } from '../../src/lint/rule-settings.js';
import { itemAt } from '../helpers/item-at.js';

const make = (id: string, preset: 'recommended' | 'strict' | 'all', withOptions = false) =>
  defineRule({
    id,
    summary: 's.',
    rationale: 'r.',
    fix: 'f.',
    category: 'reliability',
    severity: 'warning',
    kinds: ['Pod'],
    preset,
    messages: { m: 'm.' },
    ...(withOptions
      ? { options: { schema: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', description: 'A limit.' } } }, defaults: { limit: 3 } } }
      : {}),
    check: () => undefined,
  });

const all = [make('a', 'recommended', true), make('b', 'strict'), make('c', 'all')];
const ids = (active: ReturnType<typeof resolveRules>) => active.map((r) => `${r.rule.id}:${r.severity}`).sort();

describe('resolveRules', () => {
  it('starts from the recommended preset', () => {
    expect(ids(resolveRules(all, { rules: {} }))).toEqual(['a:warning']);
  });

  it('widens with extends: strict and all', () => {
    expect(ids(resolveRules(all, { extends: 'strict', rules: {} }))).toEqual(['a:warning', 'b:warning']);
    expect(ids(resolveRules(all, { extends: 'all', rules: {} }))).toEqual(['a:warning', 'b:warning', 'c:warning']);
  });

  it('applies config levels, then --rule flags', () => {
    const active = resolveRules(all, { rules: { a: 'off', c: 'error' }, overrides: { a: 'warn', c: 'off' } });
    expect(ids(active)).toEqual(['a:warning']);
  });

  it('merges options over the defaults', () => {
    const [active] = resolveRules(all, { rules: { a: ['error', { limit: 5 }] } });
    expect(active).toMatchObject({ severity: 'error', options: { limit: 5 } });
    expect(itemAt(resolveRules(all, { rules: {} }), 0).options).toEqual({ limit: 3 });
  });

  it('names the config line of an unknown rule, a bad level or bad options', () => {
    expect(() => resolveRules(all, { rules: { nope: 'warn' }, locations: { nope: '.drydock.yaml:4' } })).toThrow('.drydock.yaml:4: unknown rule "nope"');
    expect(() => resolveRules(all, { rules: { a: 'loud' }, locations: { a: '.drydock.yaml:3' } })).toThrow('.drydock.yaml:3: "loud" is not a level');
    expect(() => resolveRules(all, { rules: { a: ['warn', { limit: 'x' }] } })).toThrow('bad options for a');
    expect(() => resolveRules(all, { rules: { a: ['warn', { other: 1 }] } })).toThrow('"other"');
    expect(() => resolveRules(all, { rules: { b: ['warn', { limit: 1 }] } })).toThrow('takes no options');
    expect(() => resolveRules(all, { extends: 'everything', rules: {} })).toThrow('not a preset');
  });

  it('reads --rule flags', () => {
    expect(parseRuleFlags(['latest-tag=error', 'a=off'])).toEqual({ 'latest-tag': 'error', a: 'off' });
    expect(() => parseRuleFlags(['latest-tag'])).toThrow('--rule takes id=level');
  });
});
