import { describe, expect, it } from 'vitest';
import { specIssues } from './crd-fixture.js';

const obj = (properties: object, extra: object = {}): object => ({ type: 'object', properties, ...extra });

describe('structural schema checks', () => {
  it('rejects unknown fields and accepts known ones', () => {
    const schema = obj({ size: { type: 'integer' } });
    expect(specIssues(schema, '{size: 3}')).toEqual([]);
    expect(specIssues(schema, '{size: 3, colour: red}')).toEqual(['unknownField spec.colour: unknown field "colour"']);
  });

  it('treats an object without properties as empty, unless it preserves unknown fields', () => {
    expect(specIssues({ type: 'object' }, '{a: 1}')).toHaveLength(1);
    expect(specIssues({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true }, '{a: {b: 1}}')).toEqual([]);
  });

  it('validates map values with an additionalProperties schema', () => {
    const schema = obj({ labels: { type: 'object', additionalProperties: { type: 'string' } } });
    expect(specIssues(schema, '{labels: {a: x}}')).toEqual([]);
    expect(specIssues(schema, '{labels: {a: 1}}')).toEqual(['wrongType spec.labels.a: expected string, got integer 1']);
  });

  it('allows the root apiVersion, kind and any metadata object', () => {
    expect(specIssues(obj({ a: { type: 'string' } }), '{a: x}', { properties: { spec: obj({ a: { type: 'string' } }) } })).toEqual([]);
  });

  it('keeps null only where nullable, and drops other nulls as the server prunes them', () => {
    const schema = obj({ a: { type: 'string', nullable: true }, b: { type: 'string' }, c: { type: 'array', items: { type: 'string' } } });
    expect(specIssues(schema, '{a: null, b: null}')).toEqual([]);
    expect(specIssues(schema, '{c: [x, null]}')).toEqual(['wrongType spec.c[1]: expected string, got null']);
    expect(specIssues(obj({ b: { type: 'string' } }, { required: ['b'] }), '{b: null}')).toEqual(['missingField spec.b: missing required field "b"']);
  });

  it('applies defaults before validation', () => {
    const schema = obj({ mode: { type: 'string', default: 'On', enum: ['On', 'Off'] } }, {
      'x-kubernetes-validations': [{ rule: "self.mode == 'On'", message: 'mode must be On' }],
    });
    expect(specIssues(schema, '{}')).toEqual([]);
    expect(specIssues(schema, '{mode: "Off"}')).toEqual(['celRuleFailed spec: mode must be On']);
  });

  it('accepts an integer or a string for x-kubernetes-int-or-string', () => {
    const schema = obj({ port: { 'x-kubernetes-int-or-string': true } });
    expect(specIssues(schema, '{port: 80}')).toEqual([]);
    expect(specIssues(schema, '{port: http}')).toEqual([]);
    expect(specIssues(schema, '{port: 1.5}')).toHaveLength(1);
  });

  it('requires apiVersion and kind in an embedded resource', () => {
    const schema = obj({ template: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true } });
    expect(specIssues(schema, '{template: {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {}}}')).toEqual([]);
    expect(specIssues(schema, '{template: {spec: {}}}')).toEqual([
      'missingField spec.template.apiVersion: missing required field "apiVersion"',
      'missingField spec.template.kind: missing required field "kind"',
    ]);
  });

  it('checks the formats the server knows and ignores the others', () => {
    const schema = obj({ ip: { type: 'string', format: 'ipv4' }, num: { type: 'integer', format: 'int32' }, x: { type: 'string', format: 'made-up' } });
    expect(specIssues(schema, '{ip: 10.0.0.1, num: 99999999999, x: anything}')).toEqual([]);
    expect(specIssues(schema, '{ip: 10.0.0.256}')).toEqual(['badFormat spec.ip: string "10.0.0.256" is not a valid ipv4']);
  });

  it('reads OpenAPI boolean exclusive bounds and multipleOf', () => {
    const schema = obj({ num: { type: 'integer', minimum: 0, exclusiveMinimum: true, multipleOf: 2 } });
    expect(specIssues(schema, '{num: 2}')).toEqual([]);
    expect(specIssues(schema, '{num: 0}')).toEqual(['outOfRange spec.num: must be > 0, got integer 0']);
    expect(specIssues(schema, '{num: 3}')).toEqual(['notMultiple spec.num: must be a multiple of 2']);
  });

  it('reads patterns as Go RE2, including a leading (?i)', () => {
    const schema = obj({ name: { type: 'string', pattern: '(?i)^[a-z]+$' } });
    expect(specIssues(schema, '{name: ABC}')).toEqual([]);
    expect(specIssues(schema, '{name: a1}')).toHaveLength(1);
  });

  it('applies allOf, anyOf, oneOf and not as value checks, without pruning', () => {
    const schema = obj({ a: { type: 'string' }, b: { type: 'string' } }, { oneOf: [{ required: ['a'] }, { required: ['b'] }], not: { required: ['a', 'b'] } });
    expect(specIssues(schema, '{a: x}')).toEqual([]);
    expect(specIssues(schema, '{a: x, b: y}').length).toBeGreaterThan(0);
  });

  it('flags duplicates in set and map lists', () => {
    const schema = obj({
      tags: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' },
      ports: {
        type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['port', 'protocol'],
        items: obj({ port: { type: 'integer' }, protocol: { type: 'string', default: 'TCP' } }),
      },
    });
    expect(specIssues(schema, '{tags: [a, b], ports: [{port: 80}, {port: 80, protocol: UDP}]}')).toEqual([]);
    expect(specIssues(schema, '{tags: [a, a]}')).toEqual(['duplicateItems spec.tags[1]: items 0 and 1 are identical']);
    expect(specIssues(schema, '{ports: [{port: 80}, {port: 80, protocol: TCP}]}')).toEqual([
      'duplicateKey spec.ports[1]: duplicate entry with key {"port":80,"protocol":"TCP"}',
    ]);
  });

  it('checks big subtrees that compile separately, at their own paths', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, { type: 'string' }]));
    const schema = obj({ items: { type: 'array', items: obj(many, { required: ['f0'] }) } });
    expect(specIssues(schema, '{items: [{f0: a, f1: b}]}')).toEqual([]);
    expect(specIssues(schema, '{items: [{f0: a}, {f1: 2, bogus: 1}]}')).toEqual([
      'missingField spec.items[1].f0: missing required field "f0"',
      'unknownField spec.items[1].bogus: unknown field "bogus"',
      'wrongType spec.items[1].f1: expected string, got integer 2',
    ]);
  });
});
