import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { objectAt } from '../read-field.js';

/** validateHorizontalPodAutoscalerSpec: replica bounds and the scale target. */
export const horizontalPodAutoscaler: ApiCheck = {
  id: 'horizontal-pod-autoscaler',
  summary: 'A HorizontalPodAutoscaler has minReplicas ≥ 1, maxReplicas ≥ minReplicas, and a scaleTargetRef with kind and name.',
  check(resource) {
    if (!isKind(resource, 'autoscaling', 'HorizontalPodAutoscaler')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    const { minReplicas, maxReplicas } = spec;
    // scaling to zero needs the HPAScaleToZero alpha gate, off by default
    if (typeof minReplicas === 'number' && minReplicas < 1) out.push(finding('minReplicasBelowOne', ['spec', 'minReplicas'], 'minReplicas must be greater than or equal to 1'));
    if (typeof maxReplicas === 'number') {
      const floor = typeof minReplicas === 'number' ? Math.max(minReplicas, 1) : 1;
      if (maxReplicas < 1) out.push(finding('maxReplicasBelowOne', ['spec', 'maxReplicas'], 'maxReplicas must be greater than or equal to 1'));
      else if (maxReplicas < floor) out.push(finding('maxBelowMin', ['spec', 'maxReplicas'], `maxReplicas must be greater than or equal to minReplicas (${floor})`));
    }
    const target = objectAt(spec, ['scaleTargetRef']);
    for (const field of ['kind', 'name']) {
      // missing kind or name are schema errors (required); empty ones only the server catches
      if (target && target[field] === '') {
        out.push(finding('targetFieldRequired', ['spec', 'scaleTargetRef', field], `scaleTargetRef.${field} must not be empty`));
      }
    }
    return out;
  },
};
