import { describe, expect, it } from 'vitest';
import { specIssues } from './crd-fixture.js';

const withRules = (properties: object, rules: object[]): object => ({ type: 'object', properties, 'x-kubernetes-validations': rules });

describe('x-kubernetes-validations', () => {
  it('reports a failing rule with its message, and passes a holding one', () => {
    const schema = withRules({ min: { type: 'integer' }, max: { type: 'integer' } }, [{ rule: 'self.min <= self.max', message: 'min must not exceed max' }]);
    expect(specIssues(schema, '{min: 1, max: 2}')).toEqual([]);
    expect(specIssues(schema, '{min: 3, max: 2}')).toEqual(['celRuleFailed spec: min must not exceed max']);
  });

  it('words the issue from messageExpression, else the rule, and places it at fieldPath', () => {
    const props = { name: { type: 'string' } };
    expect(specIssues(withRules(props, [{ rule: "self.name != 'x'", messageExpression: "'bad name ' + self.name", fieldPath: '.name' }]), '{name: x}'))
      .toEqual(['celRuleFailed spec.name: bad name x']);
    expect(specIssues(withRules(props, [{ rule: "self.name != 'x'" }]), '{name: x}')).toEqual(["celRuleFailed spec: failed rule: self.name != 'x'"]);
  });

  it('runs macros and string functions on lists and maps', () => {
    const schema = withRules(
      { items: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } },
      [
        { rule: 'self.items.all(a, self.items.exists_one(b, a.name == b.name))', message: 'names must be unique' },
        { rule: "self.items.filter(i, i.name.startsWith('tmp-')).size() == 0", message: 'no temporary items' },
        { rule: "self.items.map(i, i.name.lowerAscii()).all(n, n.matches('^(?i)[a-z-]+$'))", message: 'letters only' },
      ],
    );
    expect(specIssues(schema, '{items: [{name: a}, {name: B}]}')).toEqual([]);
    expect(specIssues(schema, '{items: [{name: a}, {name: a}, {name: tmp-1}]}')).toEqual([
      'celRuleFailed spec: names must be unique',
      'celRuleFailed spec: no temporary items',
      'celRuleFailed spec: letters only',
    ]);
  });

  it('sees escaped property names and integers as CEL ints', () => {
    const schema = withRules({ namespace: { type: 'string' }, 'max-count': { type: 'integer' } }, [
      { rule: "self.__namespace__ != 'kube-system'", message: 'not kube-system' },
      { rule: 'type(self.max__dash__count) == int && self.max__dash__count + 1 > 1', message: 'positive int' },
    ]);
    expect(specIssues(schema, '{namespace: apps, max-count: 2}')).toEqual([]);
    expect(specIssues(schema, '{namespace: kube-system, max-count: 0}')).toEqual(['celRuleFailed spec: not kube-system', 'celRuleFailed spec: positive int']);
  });

  it('adds the Kubernetes functions cel-js lacks: isIP, isCIDR, isURL, url()', () => {
    const schema = withRules({ host: { type: 'string' }, net: { type: 'string' }, link: { type: 'string' } }, [
      { rule: '!isIP(self.host)', message: 'no IPs' },
      { rule: 'isCIDR(self.net)', message: 'a CIDR' },
      { rule: "isURL(self.link) && url(self.link).getScheme() == 'https'", message: 'an https URL' },
    ]);
    expect(specIssues(schema, '{host: example.com, net: 10.0.0.0/8, link: "https://example.com/x"}')).toEqual([]);
    expect(specIssues(schema, '{host: 10.1.1.1, net: 10.0.0.0/33, link: "ftp://x"}')).toHaveLength(3);
  });

  it('skips transition rules, rules that do not parse, and rules that fail to evaluate', () => {
    const schema = withRules({ a: { type: 'string' } }, [
      { rule: 'self == oldSelf', message: 'immutable' },
      { rule: 'self.a ===', message: 'broken' },
      { rule: 'self.missing == 1', message: 'no such key' },
      { rule: 'unknownFunction(self.a)', message: 'unknown function' },
    ]);
    expect(specIssues(schema, '{a: x}')).toEqual([]);
  });

  it('runs rules on list items and map values at their paths', () => {
    const item = { type: 'object', properties: { port: { type: 'integer' } }, 'x-kubernetes-validations': [{ rule: 'self.port != 22', message: 'not ssh' }] };
    const schema = { type: 'object', properties: { list: { type: 'array', items: item }, byName: { type: 'object', additionalProperties: item } } };
    expect(specIssues(schema, '{list: [{port: 80}, {port: 22}], byName: {a: {port: 22}}}')).toEqual([
      'celRuleFailed spec.list[1]: not ssh',
      'celRuleFailed spec.byName.a: not ssh',
    ]);
  });
});
