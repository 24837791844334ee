import { isObject, podSpecOf } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { quote } from '../read-field.js';

const policies = ['DoNotSchedule', 'ScheduleAnyway'];

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/**
 * The API server's rules for pod topology spread constraints (validateTopologySpreadConstraints):
 * maxSkew and minDomains at least 1, minDomains only with DoNotSchedule, a non-empty
 * topologyKey, a known whenUnsatisfiable, and no two constraints with the same key and policy.
 * Missing required fields and wrong types are schema errors, reported there.
 */
export const topologySpread: ApiCheck = {
  id: 'topology-spread',
  summary: 'Topology spread constraints have maxSkew and minDomains of at least 1, minDomains only with DoNotSchedule, a topologyKey, a known whenUnsatisfiable, and no repeated key and policy.',
  check(resource) {
    const pod = podSpecOf(resource);
    const constraints = pod?.spec.topologySpreadConstraints;
    if (!pod || !Array.isArray(constraints)) return [];
    const out: ApiFinding[] = [];
    const seen = new Map<string, number>();
    constraints.forEach((constraint: unknown, index) => {
      if (!isObject(constraint)) return;
      const path = [...pod.path, 'topologySpreadConstraints', index];
      const { maxSkew, minDomains, topologyKey, whenUnsatisfiable } = constraint;
      if (isInteger(maxSkew) && maxSkew < 1) out.push(finding('maxSkew', [...path, 'maxSkew'], `must be greater than zero, not ${maxSkew}`));
      if (isInteger(minDomains) && minDomains < 1) out.push(finding('minDomains', [...path, 'minDomains'], `must be greater than zero, not ${minDomains}`));
      else if (isInteger(minDomains) && whenUnsatisfiable === 'ScheduleAnyway') {
        out.push(finding('minDomainsPolicy', [...path, 'minDomains'], 'may only be set when whenUnsatisfiable is DoNotSchedule'));
      }
      if (topologyKey === '') out.push(finding('topologyKey', [...path, 'topologyKey'], 'can not be empty'));
      if (typeof whenUnsatisfiable === 'string' && !policies.includes(whenUnsatisfiable)) {
        out.push(finding('whenUnsatisfiable', [...path, 'whenUnsatisfiable'], `${quote(whenUnsatisfiable)} is not supported (use DoNotSchedule or ScheduleAnyway)`));
      }
      if (typeof topologyKey === 'string' && topologyKey !== '' && typeof whenUnsatisfiable === 'string') {
        const key = `${topologyKey}\n${whenUnsatisfiable}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else out.push(finding('duplicate', path, `repeats {${topologyKey}, ${whenUnsatisfiable}} of constraint ${first}: each pair of topologyKey and whenUnsatisfiable may appear once`));
      }
    });
    return out;
  },
};
