import { describe, expect, it } from 'vitest';
import { crdWithSpec, positionedIssues } from './positioned.js';
import { itemAt } from '../../helpers/item-at.js';

const listWithRule = (rule: string, itemType = 'integer'): string => `            type: object
            properties:
              items:
                type: array
                items: {type: ${itemType}}
                x-kubernetes-validations:
                - rule: ${JSON.stringify(rule)}
`;

describe('CEL cost limits', () => {
  it('stops a cubic rule over 5,000 items quickly, as an error of the object at the rule\'s field', () => {
    const items = JSON.stringify({ items: Array.from({ length: 5000 }, (_, i) => i) });
    const issues = positionedIssues(crdWithSpec(listWithRule('self.all(x, self.all(y, self.all(z, x + y + z >= 0)))'), items));
    // unbounded, this rule ran 1.25e11 iterations (about 10 hours at the 0.29 µs each measured
    // for 300 items); the meter's celCostExceeded below is the limit on work done (no wall clock)
    // the list has no maxItems, so the server refuses the CRD too (see the estimate tests below)
    expect(itemAt(issues, 0).map((i) => i.split(' ')[0])).toEqual(['celCostEstimateExceeded']);
    expect(issues[1]).toEqual([
      'celCostExceeded 28:8 spec.items: no further validation rules will be run due to call cost exceeds limit for rule: self.all(x, self.all(y, self.all(z, x + y + z >= 0)))',
    ]);
  });

  it('still runs a quadratic rule over a short list', () => {
    const issues = positionedIssues(crdWithSpec(listWithRule('self.all(x, self.exists_one(y, x == y))'), '{items: [1, 2, 3]}', '{items: [1, 2, 2]}'));
    expect(issues[1]).toEqual([]);
    expect(issues[2]).toEqual(['celRuleFailed 33:8 spec.items: failed rule: self.all(x, self.exists_one(y, x == y))']);
  });

  it('charges string work by size: a rule repeating work on a long string runs out of budget', () => {
    const value = JSON.stringify({ items: Array.from({ length: 2000 }, () => 'a'.repeat(1000)) });
    const issues = positionedIssues(crdWithSpec(listWithRule("self.all(x, self.all(y, (x + y).contains('b') == false))", 'string'), value));
    // the limit on work done: charged by string size, the rule runs out of budget; charged per
    // call, its 4 million concatenations of 2 KB would all run and pass
    expect(itemAt(issues, 1).map((i) => i.split(' ')[0])).toEqual(['celCostExceeded']);
  });

  it('shares one budget between all rules of an object and stops when it is spent', () => {
    // each group's rule costs about 800,000 units: under the per-call limit, and the
    // thirteenth spends the rest of the object's 10,000,000
    const groups = Array.from({ length: 20 }, () => ({ vals: Array.from({ length: 400 }, (_, i) => i) }));
    const schema = `            type: object
            properties:
              groups:
                type: array
                items:
                  type: object
                  properties:
                    vals: {type: array, items: {type: integer}}
                  x-kubernetes-validations:
                  - rule: "self.vals.all(x, self.vals.all(y, y >= 0))"
`;
    const issues = positionedIssues(crdWithSpec(schema, JSON.stringify({ groups })));
    expect(issues[1]).toHaveLength(1);
    expect(itemAt(issues, 1)[0]).toMatch(/^celCostExceeded \d+:\d+ spec\.groups\[(\d+)\]: validation failed due to running out of cost budget, no further validation rules will be run$/);
    const index = Number(/groups\[(\d+)\]/.exec(itemAt(itemAt(issues, 1), 0))?.[1]);
    expect(index).toBeGreaterThan(5);
  });
});

describe('CEL matches() with an invalid pattern', () => {
  it('refuses the CRD when the pattern is a constant, and does not run the rule', () => {
    const issues = positionedIssues(crdWithSpec(listWithRule("self.all(x, x.matches('(?=a)'))", 'string'), '{items: [b]}'));
    expect(issues[0]).toEqual([
      'celRuleInvalid 23:25 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.items.x-kubernetes-validations[0].rule: program instantiation failed: error parsing regexp: invalid or unsupported Perl syntax',
    ]);
    expect(issues[1]).toEqual([]);
  });

  it('is a runtime error of the object when the pattern comes from the object', () => {
    const schema = `            type: object
            properties:
              name: {type: string}
              pattern: {type: string}
            x-kubernetes-validations:
            - rule: "self.name.matches(self.pattern)"
              message: name must match pattern
`;
    const issues = positionedIssues(crdWithSpec(schema, '{name: a, pattern: "^[a-z]+$"}', '{name: a, pattern: "(a)\\\\1"}'));
    expect(issues[0]).toEqual([]);
    expect(issues[1]).toEqual([]);
    expect(issues[2]).toEqual(['celRuleError 33:1 spec: error parsing regexp: invalid escape sequence evaluating rule: name must match pattern']);
  });

  it('runs matches() with RE2 semantics: Go syntax, linear time on a long value', () => {
    const value = JSON.stringify({ items: [`${'a'.repeat(100_000)}!`, 'ABC'] });
    const started = performance.now();
    const issues = positionedIssues(crdWithSpec(listWithRule("self.all(x, x.matches('^(a+)+$') || x.matches('^[[:upper:]]+\\\\z'))", 'string'), value));
    // linear: well under a second; a backtracking engine never ends on 100,000 a's
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(itemAt(issues, 1).map((i) => i.split(' ')[0])).toEqual(['celRuleFailed']);
  });
});

describe('estimated CEL cost at CRD creation', () => {
  const estimate = (schema: string): string[] => itemAt(positionedIssues(crdWithSpec(schema)), 0);
  const message = 'estimated rule cost exceeds budget by factor of more than 100x (the limit is 10000000; try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared)';

  it('refuses a nested loop over an unbounded list, at the rule\'s key', () => {
    expect(estimate(listWithRule('self.all(x, self.exists_one(y, x == y))'))).toEqual([
      `celCostEstimateExceeded 23:19 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.items.x-kubernetes-validations[0].rule: ${message}`,
    ]);
  });

  it('accepts the same rule once maxItems bounds the list, and a single loop over an unbounded list', () => {
    expect(estimate(listWithRule('self.all(x, self.exists_one(y, x == y))').replace('type: array', 'type: array\n                maxItems: 64'))).toEqual([]);
    expect(estimate(listWithRule('self.all(x, x > 0)'))).toEqual([]);
  });

  it('counts how often the rule\'s node occurs: a loop over an unbounded list inside items of another', () => {
    const schema = `            type: object
            properties:
              groups:
                type: array
                items:
                  type: object
                  properties:
                    vals: {type: array, items: {type: integer}}
                  x-kubernetes-validations:
                  - rule: "self.vals.all(v, v >= 0)"
`;
    expect(estimate(schema).map((i) => i.split(' ').slice(0, 3).join(' '))).toEqual([
      'celCostEstimateExceeded 26:21 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.groups.items.x-kubernetes-validations[0].rule:',
    ]);
    expect(estimate(schema.replace('type: array\n', 'type: array\n                maxItems: 10\n'))).toEqual([]);
  });
});

describe('CEL matches() is RE2 wherever it is called', () => {
  it('renames calls, not text: the global form runs on RE2 and string literals are left alone', () => {
    const schema = `            type: object
            properties:
              name: {type: string}
            x-kubernetes-validations:
            - rule: "matches(self.name, '^[[:lower:]]+$') && 'x.matches(' == 'x.matches('"
`;
    const issues = positionedIssues(crdWithSpec(schema, '{name: abc}', '{name: Abc}'));
    expect(issues[1]).toEqual([]);
    expect(itemAt(issues, 2).map((i) => i.split(' ')[0])).toEqual(['celRuleFailed']);
  });
});
