import { defineRule } from '../src/lint/rule-api.js';
import { isObject, valueAt, jobKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'job-ttl-missing',
  summary: 'Standalone Jobs set ttlSecondsAfterFinished, and CronJobs leave cleanup to their history limits.',
  rationale:
    'A finished Job and its Pods stay in the cluster until someone deletes them; `ttlSecondsAfterFinished` lets the TTL controller remove them. A CronJob already keeps only `successfulJobsHistoryLimit` and `failedJobsHistoryLimit` Jobs, and a TTL on its Jobs fights those limits and deletes the history you keep for debugging.',
  fix: 'Set `spec.ttlSecondsAfterFinished` on standalone Jobs (for example `86400`); remove it from a CronJob\'s `jobTemplate` and use the history limits instead.',
  category: 'configuration',
  severity: 'warning',
  kinds: jobKinds,
  preset: 'strict',
  messages: {
    missing: 'Job "{{name}}" has no ttlSecondsAfterFinished, so it is never cleaned up.',
    cronJobTtl: 'CronJob "{{name}}" sets ttlSecondsAfterFinished on its Jobs, which conflicts with its history limits.',
  },
  peers: { kubeLinter: 'job-ttl-seconds-after-finished' },
  check({ resource, report }) {
    const data = { name: resource.name };
    if (resource.kind === 'Job') {
      // Jobs created by a CronJob are cleaned up by it
      const owners = valueAt(resource.object, ['metadata', 'ownerReferences']);
      const isOwned = Array.isArray(owners) && owners.some((o) => isObject(o) && o.kind === 'CronJob');
      if (!isOwned && isObject(resource.object.spec) && resource.object.spec.ttlSecondsAfterFinished === undefined) {
        report({ messageId: 'missing', path: ['spec', 'ttlSecondsAfterFinished'], data });
      }
      return;
    }
    const path = ['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished'];
    if (valueAt(resource.object, path) !== undefined) report({ messageId: 'cronJobTtl', path, target: 'key', data });
  },
});
