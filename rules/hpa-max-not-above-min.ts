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
    equal: 'HorizontalPodAutoscaler "{{hpa}}" has maxReplicas equal to its minReplicas ({{max}}), so it can never scale.',
    belowMin: 'HorizontalPodAutoscaler "{{hpa}}" has maxReplicas {{max}}, below its minReplicas {{min}}, which the API server rejects.',
  },
  peers: { polaris: 'hpaMaxAvailability' },
  peerDifferences:
    'Polaris only compares the two when `minReplicas` is set; drydock also reports `maxReplicas: 1` with `minReplicas` unset (which means 1).',
  check({ resource, report }) {
    const max = valueAt(resource.object, ['spec', 'maxReplicas']);
    const rawMin = valueAt(resource.object, ['spec', 'minReplicas']);
    const min = rawMin === undefined || rawMin === null ? 1 : rawMin;
    if (typeof max !== 'number' || typeof min !== 'number') return;
    if (max === min) report({ messageId: 'equal', path: ['spec', 'maxReplicas'], data: { hpa: resource.name, max } });
    else if (max < min) report({ messageId: 'belowMin', path: ['spec', 'maxReplicas'], data: { hpa: resource.name, max, min } });
  },
});
