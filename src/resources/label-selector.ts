import { isObject } from './pod-template.js';

/** Labels as Kubernetes stores them. */
export type Labels = Readonly<Record<string, string>>;

/**
 * Whether a `metav1.LabelSelector` (matchLabels and matchExpressions) selects `labels`. An empty
 * selector selects everything, as the API server reads it; a malformed one selects nothing.
 */
export function selectorMatches(selector: unknown, labels: Labels): boolean {
  if (!isObject(selector)) return false;
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== undefined && !(isObject(matchLabels) && mapMatches(matchLabels, labels))) return false;
  if (matchExpressions === undefined) return true;
  if (!Array.isArray(matchExpressions)) return false;
  return matchExpressions.every((expression) => expressionMatches(expression, labels));
}

/** Whether a plain label map (a Service's `spec.selector`) selects `labels`: every pair must be present. */
export function mapMatches(selector: Readonly<Record<string, unknown>>, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector)) {
    if (labels[key] !== String(value)) return false;
  }
  return true;
}

function expressionMatches(expression: unknown, labels: Labels): boolean {
  if (!isObject(expression) || typeof expression.key !== 'string') return false;
  const has = Object.hasOwn(labels, expression.key);
  const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
  switch (expression.operator) {
    case 'In':
      return has && values.includes(labels[expression.key]!);
    case 'NotIn':
      return !has || !values.includes(labels[expression.key]!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** A label map read from a manifest: only string-valued entries count. */
export function labelsOf(value: unknown): Labels {
  if (!isObject(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, label] of Object.entries(value)) if (typeof label === 'string') out[key] = label;
  return out;
}
