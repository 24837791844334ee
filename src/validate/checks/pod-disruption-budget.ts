import { isObject } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { intOrPercentFindings } from '../int-or-percent.js';
import { labelSelectorFindings } from '../label-selector.js';
import { isSet, objectAt } from '../read-field.js';

/** ValidatePodDisruptionBudgetSpec: minAvailable xor maxUnavailable, each an int or percentage ≤ 100%. */
export const podDisruptionBudget: ApiCheck = {
  id: 'pod-disruption-budget',
  summary: 'A PodDisruptionBudget sets at most one of minAvailable and maxUnavailable, as a non-negative integer or a percentage up to 100%, with a valid selector.',
  check(resource) {
    if (!isKind(resource, 'policy', 'PodDisruptionBudget')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    if (isSet(spec.minAvailable) && isSet(spec.maxUnavailable)) {
      out.push(finding('bothSet', ['spec', 'maxUnavailable'], 'minAvailable and maxUnavailable cannot both be set', 'key'));
    }
    out.push(...intOrPercentFindings(spec.minAvailable, ['spec', 'minAvailable'], true));
    out.push(...intOrPercentFindings(spec.maxUnavailable, ['spec', 'maxUnavailable'], true));
    if (isObject(spec.selector)) out.push(...labelSelectorFindings(spec.selector, ['spec', 'selector']));
    return out;
  },
};
