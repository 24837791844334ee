import type { JsonObject, JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { objectAt, quote } from '../read-field.js';

const jobCounts = ['parallelism', 'completions', 'backoffLimit', 'ttlSecondsAfterFinished'];
const cronCounts = ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'];
const concurrencyPolicies = ['Allow', 'Forbid', 'Replace'];

/** validateJobSpec and validateCronJobSpec: counts, deadlines, completionMode and concurrencyPolicy. */
export const jobSpec: ApiCheck = {
  id: 'job-spec',
  summary: 'Job and CronJob counts are non-negative, activeDeadlineSeconds is positive, and completionMode and concurrencyPolicy are supported.',
  check(resource) {
    if (isKind(resource, 'batch', 'Job')) return job(objectAt(resource.object, ['spec']), ['spec']);
    if (!isKind(resource, 'batch', 'CronJob')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out = nonNegative(spec, ['spec'], cronCounts);
    const policy = spec.concurrencyPolicy;
    if (typeof policy === 'string' && !concurrencyPolicies.includes(policy)) {
      out.push(finding('invalidConcurrencyPolicy', ['spec', 'concurrencyPolicy'], `${quote(policy)} is not a supported value (Allow, Forbid, Replace)`));
    }
    return [...out, ...job(objectAt(spec, ['jobTemplate', 'spec']), ['spec', 'jobTemplate', 'spec'])];
  },
};

function nonNegative(spec: JsonObject, path: JsonPath, fields: string[]): ApiFinding[] {
  return fields
    .filter((field) => typeof spec[field] === 'number' && (spec[field] as number) < 0)
    .map((field) => finding('negativeValue', [...path, field], `${field} must be greater than or equal to 0`));
}

function job(spec: JsonObject | undefined, path: JsonPath): ApiFinding[] {
  if (!spec) return [];
  const out = nonNegative(spec, path, jobCounts);
  const deadline = spec.activeDeadlineSeconds;
  if (typeof deadline === 'number' && deadline <= 0) {
    out.push(finding('deadlineNotPositive', [...path, 'activeDeadlineSeconds'], 'activeDeadlineSeconds must be greater than 0'));
  }
  const mode = spec.completionMode;
  if (typeof mode === 'string' && mode !== 'NonIndexed' && mode !== 'Indexed') {
    out.push(finding('invalidCompletionMode', [...path, 'completionMode'], `${quote(mode)} is not a supported value (NonIndexed, Indexed)`));
  }
  if (mode === 'Indexed' && (spec.completions === undefined || spec.completions === null)) {
    out.push(finding('completionsRequired', [...path, 'completions'], 'completions is required when completionMode is Indexed'));
  }
  return out;
}
