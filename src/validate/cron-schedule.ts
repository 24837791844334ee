// A port of github.com/robfig/cron/v3 ParseStandard (parser.go), which the API server uses.
import { isGoDuration } from '../resources/index.js';

interface Bounds { min: number; max: number; names?: Record<string, number> }

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const fields: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: Object.fromEntries(months.map((m, i) => [m, i + 1])) },
  { min: 0, max: 6, names: Object.fromEntries(days.map((d, i) => [d, i])) },
];
const descriptors = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** The reason robfig/cron's standard parser rejects `spec`, or undefined when it parses. */
export function cronScheduleError(spec: string): string | undefined {
  if (spec.length === 0) return 'empty spec string';
  let rest = spec;
  if (rest.startsWith('TZ=') || rest.startsWith('CRON_TZ=')) {
    const space = rest.indexOf(' ');
    rest = space < 0 ? '' : rest.slice(space).trim();
  }
  if (rest.startsWith('@')) {
    if (descriptors.includes(rest)) return undefined;
    if (rest.startsWith('@every ')) {
      return isGoDuration(rest.slice(7)) ? undefined : `failed to parse duration ${rest}`;
    }
    return `unrecognized descriptor: ${rest}`;
  }
  const parts = rest.split(/\s+/).filter((part) => part !== '');
  if (parts.length !== 5) return `expected exactly 5 fields, found ${parts.length}: ${JSON.stringify(parts)}`;
  for (const [i, part] of parts.entries()) {
    for (const expr of part.split(',')) {
      // five parts, one per field
      const error = rangeError(expr, fields[i]!);
      if (error) return error;
    }
  }
  return undefined;
}

function parseIntOrName(expr: string, bounds: Bounds): number | string {
  const named = bounds.names?.[expr.toLowerCase()];
  if (named !== undefined) return named;
  // strconv.Atoi: optional sign, decimal digits
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}`;
  const value = Number(expr);
  return value < 0 ? `negative number (${value}) not allowed: ${expr}` : value;
}

function rangeError(expr: string, bounds: Bounds): string | undefined {
  // split always yields a first part
  const rangeAndStep = expr.split('/');
  const [range = '', stepText] = rangeAndStep;
  const lowAndHigh = range.split('-');
  const [lowText = '', highText] = lowAndHigh;
  let start: number;
  let end: number;
  if (lowText === '*' || lowText === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    const low = parseIntOrName(lowText, bounds);
    if (typeof low === 'string') return low;
    start = low;
    end = low;
    if (highText !== undefined && lowAndHigh.length === 2) {
      const high = parseIntOrName(highText, bounds);
      if (typeof high === 'string') return high;
      end = high;
    } else if (lowAndHigh.length > 2) {
      return `too many hyphens: ${expr}`;
    }
  }
  let step = 1;
  if (stepText !== undefined && rangeAndStep.length === 2) {
    const parsed = parseIntOrName(stepText, { min: 0, max: 0 });
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    // "N/step" means "N-max/step"
    if (lowAndHigh.length === 1) end = bounds.max;
  } else if (rangeAndStep.length > 2) {
    return `too many slashes: ${expr}`;
  }
  if (start < bounds.min) return `beginning of range (${start}) below minimum (${bounds.min}): ${expr}`;
  if (end > bounds.max) return `end of range (${end}) above maximum (${bounds.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return undefined;
}
