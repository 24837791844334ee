import { isObject, parseIntOrPercent, type JsonObject, type JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { intOrPercentFindings } from '../int-or-percent.js';
import { isSet, objectAt, quote } from '../read-field.js';

/** Deployment strategy, DaemonSet and StatefulSet updateStrategy (ValidateDeploymentStrategy & co). */
export const updateStrategy: ApiCheck = {
  id: 'update-strategy',
  summary: 'Deployment strategy and DaemonSet/StatefulSet updateStrategy use a known type, and rollingUpdate only with RollingUpdate and with a maxSurge or maxUnavailable above 0 (for a DaemonSet, exactly one of them).',
  check(resource) {
    const { object } = resource;
    if (isKind(resource, 'apps', 'Deployment')) return strategy(object, 'strategy', ['Recreate', 'RollingUpdate'], { surge: true, exclusive: true });
    // ValidateDaemonSetUpdateStrategy ignores rollingUpdate under OnDelete
    if (isKind(resource, 'apps', 'DaemonSet')) return strategy(object, 'updateStrategy', ['OnDelete', 'RollingUpdate'], { surge: true, exclusive: false });
    if (isKind(resource, 'apps', 'StatefulSet')) return strategy(object, 'updateStrategy', ['OnDelete', 'RollingUpdate'], { surge: false, exclusive: true });
    return [];
  },
};

function strategy(object: JsonObject, field: string, types: string[], shape: { surge: boolean; exclusive: boolean }): ApiFinding[] {
  const path: JsonPath = ['spec', field];
  const value = objectAt(object, path);
  if (!value) return [];
  const out: ApiFinding[] = [];
  const type = value.type;
  if (typeof type === 'string' && !types.includes(type)) {
    out.push(finding('unsupportedType', [...path, 'type'], `${quote(type)} is not a supported type (${types.join(', ')})`));
  }
  const rolling = value.rollingUpdate;
  if (rolling === undefined || rolling === null) return out;
  // the server defaults an unset type to RollingUpdate
  if (typeof type === 'string' && type !== 'RollingUpdate' && type !== '') {
    if (!shape.exclusive) return out;
    out.push(finding('rollingUpdateForbidden', [...path, 'rollingUpdate'], `rollingUpdate may not be set when the type is ${quote(type)}`, 'key'));
    return out;
  }
  if (!isObject(rolling)) return out;
  const at = [...path, 'rollingUpdate'];
  if (!shape.surge) {
    const partition = rolling.partition;
    if (typeof partition === 'number' && partition < 0) out.push(finding('negativeValue', [...at, 'partition'], 'partition must be greater than or equal to 0'));
    return out;
  }
  const daemonSet = field === 'updateStrategy';
  // ValidateRollingUpdateDaemonSet also caps maxSurge at 100%; a Deployment's maxSurge has no cap
  out.push(...intOrPercentFindings(rolling.maxSurge, [...at, 'maxSurge'], daemonSet));
  out.push(...intOrPercentFindings(rolling.maxUnavailable, [...at, 'maxUnavailable'], true));
  // an unset field takes the default first: 25%/25% for a Deployment, maxSurge 0 and maxUnavailable 1 for a DaemonSet
  const surge = isSet(rolling.maxSurge) ? parseIntOrPercent(rolling.maxSurge)?.value : daemonSet ? 0 : 25;
  const unavailable = isSet(rolling.maxUnavailable) ? parseIntOrPercent(rolling.maxUnavailable)?.value : daemonSet ? 1 : 25;
  if (unavailable === 0 && surge === 0) {
    out.push(finding('bothZero', [...at, 'maxUnavailable'], 'maxUnavailable may not be 0 when maxSurge is 0'));
  }
  // a DaemonSet surges or takes nodes down, never both at once
  if (daemonSet && surge !== undefined && surge !== 0 && unavailable !== undefined && unavailable !== 0) {
    const text = isSet(rolling.maxUnavailable)
      ? 'maxSurge may not be set when maxUnavailable is non-zero'
      : 'maxSurge may not be set when maxUnavailable is non-zero (it defaults to 1: set maxUnavailable: 0 to surge)';
    out.push(finding('surgeAndUnavailable', [...at, 'maxSurge'], text));
  }
  return out;
}
