import { isObject, type JsonObject, type JsonPath } from '../resources/index.js';
import { finding, type ApiFinding } from './api-check.js';
import { labelValueError, qualifiedNameError } from './name-formats.js';
import { objectsOf, quote } from './read-field.js';

const operators = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** ValidateLabelSelector: keys, values and operators of a metav1.LabelSelector at `path`. */
export function labelSelectorFindings(selector: JsonObject, path: JsonPath): ApiFinding[] {
  const out: ApiFinding[] = [];
  const matchLabels = selector.matchLabels;
  if (isObject(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      const at = [...path, 'matchLabels', key];
      const keyError = qualifiedNameError(key);
      if (keyError) out.push(finding('invalidSelectorKey', at, `selector key ${quote(key)} ${keyError}`, 'key'));
      const valueError = typeof value === 'string' ? labelValueError(value) : undefined;
      if (valueError) out.push(finding('invalidSelectorValue', at, `selector value ${quote(value)} ${valueError}`));
    }
  }
  for (const [expression, i] of objectsOf(selector.matchExpressions)) {
    const at = [...path, 'matchExpressions', i];
    const { key, operator, values } = expression;
    if (typeof key === 'string') {
      const keyError = qualifiedNameError(key);
      if (keyError) out.push(finding('invalidSelectorKey', [...at, 'key'], `selector key ${quote(key)} ${keyError}`));
    }
    if (typeof operator !== 'string') continue;
    const count = Array.isArray(values) ? values.length : 0;
    if (!operators.includes(operator)) {
      out.push(finding('invalidOperator', [...at, 'operator'], `${quote(operator)} is not a selector operator (In, NotIn, Exists, DoesNotExist)`));
    } else if ((operator === 'In' || operator === 'NotIn') && count === 0) {
      out.push(finding('valuesRequired', [...at, 'values'], `values must be non-empty when the operator is ${operator}`));
    } else if ((operator === 'Exists' || operator === 'DoesNotExist') && count > 0) {
      out.push(finding('valuesForbidden', [...at, 'values'], `values must be empty when the operator is ${operator}`));
    }
  }
  return out;
}

/** Whether a LabelSelector selects `labels`; undefined when the selector is malformed. */
export function selectorMatches(selector: JsonObject, labels: JsonObject): boolean | undefined {
  const matchLabels = selector.matchLabels;
  if (isObject(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) if (labels[key] !== value) return false;
  }
  for (const [expression] of objectsOf(selector.matchExpressions)) {
    const { key, operator, values } = expression;
    if (typeof key !== 'string') return undefined;
    const list = Array.isArray(values) ? values : [];
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case 'In': if (!has || !list.includes(labels[key])) return false; break;
      case 'NotIn': if (has && list.includes(labels[key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return undefined;
    }
  }
  return true;
}

/** Whether a selector has no requirements (upstream: "empty selector is invalid"). */
export function isEmptySelector(selector: JsonObject): boolean {
  const labels = isObject(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return labels === 0 && expressions === 0;
}
