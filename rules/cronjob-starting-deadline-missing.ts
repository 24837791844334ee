import { defineRule } from '../src/lint/rule-api.js';

export default defineRule({
  id: 'cronjob-starting-deadline-missing',
  summary: 'CronJobs set startingDeadlineSeconds.',
  rationale:
    'Without a starting deadline, the controller counts every schedule it missed since the last run; after 100 missed schedules (a controller outage, a long suspension) it stops scheduling the CronJob altogether.',
  fix: 'Set `spec.startingDeadlineSeconds` to how late a run may still start, for example `200` for a job that runs every few minutes.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['CronJob'],
  preset: 'strict',
  messages: {
    missing: 'CronJob "{{name}}" has no startingDeadlineSeconds.',
  },
  peers: { kubeScore: 'cronjob-has-deadline' },
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return;
    if ((spec as Record<string, unknown>).startingDeadlineSeconds === undefined) {
      report({ messageId: 'missing', path: ['spec', 'startingDeadlineSeconds'], data: { name: resource.name } });
    }
  },
});
