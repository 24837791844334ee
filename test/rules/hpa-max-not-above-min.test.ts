import rule from '../../rules/hpa-max-not-above-min.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a malformed maxReplicas is left to the schema checks', yaml: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  maxReplicas: lots\n' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'equal', line: 9, column: 16, data: { max: 5 } },
        { messageId: 'equal', line: 18, column: 16, data: { max: 1 } },
        { messageId: 'belowMin', line: 28, column: 16, data: { max: 3, min: 4 } },
      ],
    },
  ],
});
