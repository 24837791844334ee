import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'priority-class-missing',
  summary: 'Workloads name a priorityClassName, from the accepted list when one is configured.',
  rationale:
    'Without a priority class every Pod gets the cluster default (usually 0), so when nodes fill up the scheduler cannot tell a payment service from a batch report: it may preempt or refuse the wrong one. Naming a class also documents how important the workload is.',
  fix: 'Set `priorityClassName` in the pod spec to one of the cluster\'s PriorityClasses (list the accepted ones in this rule\'s `accepted` option).',
  category: 'scheduling',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    missing: '"{{name}}" sets no priorityClassName.',
    notAccepted: '"{{name}}" uses priorityClassName "{{priorityClass}}", which is not in the accepted list.',
  },
  options: ruleOptions(
    {
      accepted: { type: 'array', items: { type: 'string' }, description: 'PriorityClass names workloads may use; empty accepts any.' },
    },
    { accepted: [] as string[] },
  ),
  peers: { kubeLinter: 'priority-class-name', polaris: 'priorityClassNotSet' },
  peerDifferences: 'Polaris flags a missing class; kube-linter (opt-in) only flags a class outside its accepted list. drydock does both: a missing class, and with `accepted` set, a class outside it. kube-linter accepts only `system-cluster-critical` and `system-node-critical` by default; drydock accepts any class until you list yours, since clusters define their own.',
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const priorityClass = pod.spec.priorityClassName;
    const data = { name: resource.name };
    if (typeof priorityClass !== 'string' || priorityClass === '') {
      report({ messageId: 'missing', path: [...pod.path, 'priorityClassName'], data });
    } else if (options.accepted.length > 0 && !options.accepted.includes(priorityClass)) {
      report({ messageId: 'notAccepted', path: [...pod.path, 'priorityClassName'], data: { ...data, priorityClass } });
    }
  },
});
