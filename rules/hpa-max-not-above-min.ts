import { defineRule } from '../src/lint/rule-api.js';
import { valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'hpa-max-not-above-min',
  summary: 'A HorizontalPodAutoscaler\'s maxReplicas is above its minReplicas.',
  rationale:
    'An HPA whose `maxReplicas` equals `minReplicas` can never scale: it pins the workload at one size while looking like autoscaling is in place. A `maxReplicas` below `minReplicas` is worse: the API server rejects the HPA.',
  fix: 'Raise `spec.maxReplicas` above `spec.minReplicas`, or remove the HPA and set the Deployment\'s `replicas` if a fixed size is intended.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['HorizontalPodAutoscaler'],
  preset: 'recommended',
  messages: {
    notAbove: 'HorizontalPodAutoscaler "{{hpa}}" has maxReplicas {{max}}, not above its minReplicas {{min}}, so it can never scale.',
  },
  peers: { polaris: 'hpaMaxAvailability' },
  peerDifferences:
    'Polaris only compares the two when `minReplicas` is set; drydock also reports `maxReplicas: 1` with `minReplicas` unset (which means 1).',
  check({ resource, report }) {
    const max = valueAt(resource.object, ['spec', 'maxReplicas']);
    const rawMin = valueAt(resource.object, ['spec', 'minReplicas']);
    const min = rawMin === undefined || rawMin === null ? 1 : rawMin;
    if (typeof max !== 'number' || typeof min !== 'number') return;
    if (max <= min) report({ messageId: 'notAbove', path: ['spec', 'maxReplicas'], data: { hpa: resource.name, max, min } });
  },
});
