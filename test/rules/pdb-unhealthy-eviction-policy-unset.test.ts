import rule from '../../rules/pdb-unhealthy-eviction-policy-unset.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pdb = (spec: string): string => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: api}\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a budget without a spec is left to validation', yaml: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: api}\n' },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'unset', line: 7, column: 1, data: { pdb: 'web' } }] },
    { name: 'a minAvailable budget without a policy', yaml: pdb('  minAvailable: 1\n  selector: {matchLabels: {app: api}}\n'), errors: [{ messageId: 'unset', line: 4, column: 1, data: { pdb: 'api' } }] },
  ],
});
