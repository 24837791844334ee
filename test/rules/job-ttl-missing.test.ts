import rule from '../../rules/job-ttl-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    {
      name: 'a Job owned by a CronJob is cleaned up by it',
      yaml: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report-123\n  ownerReferences:\n    - {apiVersion: batch/v1, kind: CronJob, name: report, uid: "1"}\nspec:\n  template: {}\n',
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 6, column: 1, data: { name: 'migrate' } },
        { messageId: 'cronJobTtl', line: 23, column: 7, data: { name: 'report' } },
      ],
    },
  ],
});
