import { defineRule } from '../src/lint/rule-api.js';
import { valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'rolling-update-strategy-missing',
  summary: 'Deployments update their Pods with a rolling update.',
  rationale:
    'With `strategy.type: Recreate`, a Deployment stops every old Pod before it starts any new one, so each rollout is an outage that lasts as long as the new Pods take to become ready, and a broken release leaves nothing running. The default, `RollingUpdate`, replaces Pods a few at a time and stops when new ones do not become ready.',
  fix: 'Remove `spec.strategy.type` or set it to `RollingUpdate` (tuning `maxSurge` and `maxUnavailable` if needed). Keep `Recreate` only where two versions must never run at once, such as a Pod that mounts a ReadWriteOnce volume, and suppress the finding there.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['Deployment'],
  preset: 'strict',
  messages: {
    notRolling: 'Deployment "{{name}}" uses the {{strategy}} strategy rather than RollingUpdate.',
  },
  peers: { kubeLinter: 'no-rolling-update-strategy', kubeScore: 'deployment-strategy' },
  peerDifferences:
    'Like kube-score, drydock accepts an unset strategy, since the API server defaults it to RollingUpdate (kube-linter flags it). Unlike kube-score, it checks every Deployment, not only those a Service selects.',
  check({ resource, report }) {
    const type = valueAt(resource.object, ['spec', 'strategy', 'type']);
    if (typeof type === 'string' && type !== 'RollingUpdate') {
      report({ messageId: 'notRolling', path: ['spec', 'strategy', 'type'], data: { name: resource.name, strategy: type } });
    }
  },
});
