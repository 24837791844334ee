import type { JsonPath } from '../resources/index.js';
import { finding, type ApiFinding } from './api-check.js';
import { quote } from './read-field.js';

/** The number in an int-or-percent (`3` or `"25%"`), or undefined when it is neither. */
export function intOrPercentValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[0-9]+%$/.test(value)) return Number(value.slice(0, -1));
  return undefined;
}

/** ValidatePositiveIntOrPercent (+ IsNotMoreThan100Percent when `atMost100`). */
export function intOrPercentFindings(value: unknown, path: JsonPath, atMost100 = false): ApiFinding[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' && !/^[0-9]+%$/.test(value)) {
    return [finding('invalidPercent', path, `${quote(value)} is not an integer or a percentage like "25%"`)];
  }
  const number = intOrPercentValue(value);
  if (number === undefined) return [];
  if (number < 0) return [finding('negativeValue', path, 'must be greater than or equal to 0')];
  if (atMost100 && typeof value === 'string' && number > 100) return [finding('over100Percent', path, 'must not be greater than 100%')];
  return [];
}
