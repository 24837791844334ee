import { parseIntOrPercent, type JsonPath } from '../resources/index.js';
import { finding, type ApiFinding } from './api-check.js';
import { quote } from './read-field.js';

/** ValidatePositiveIntOrPercent (+ IsNotMoreThan100Percent when `atMost100`). */
export function intOrPercentFindings(value: unknown, path: JsonPath, atMost100 = false): ApiFinding[] {
  if (value === undefined || value === null) return [];
  const parsed = parseIntOrPercent(value);
  if (typeof value === 'string' && !parsed) {
    return [finding('invalidPercent', path, `${quote(value)} is not an integer or a percentage like "25%"`)];
  }
  if (parsed === undefined) return [];
  if (parsed.value < 0) return [finding('negativeValue', path, 'must be greater than or equal to 0')];
  if (atMost100 && parsed.kind === 'percent' && parsed.value > 100) return [finding('over100Percent', path, 'must not be greater than 100%')];
  return [];
}
