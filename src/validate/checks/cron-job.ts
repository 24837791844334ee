import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { cronScheduleError } from '../cron-schedule.js';
import { objectAt, quote } from '../read-field.js';
import { timeZoneError } from '../time-zones.js';

/** validateScheduleFormat and validateTimeZone for a new CronJob. */
export const cronJob: ApiCheck = {
  id: 'cron-job',
  summary: 'A CronJob schedule is a valid five-field cron expression or macro without TZ, and its timeZone is a known IANA zone.',
  check(resource) {
    if (!isKind(resource, 'batch', 'CronJob')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    const { schedule, timeZone } = spec;
    // a missing schedule is a schema error (required); an empty one only the server catches
    if (schedule === '') {
      out.push(finding('scheduleRequired', ['spec', 'schedule'], 'schedule is required'));
    } else if (typeof schedule === 'string') {
      const error = cronScheduleError(schedule);
      if (error) out.push(finding('invalidSchedule', ['spec', 'schedule'], `${quote(schedule)} is not a valid cron schedule: ${error}`));
      // on create the server rejects any "TZ" in the schedule (allowTZInSchedule is false)
      if (schedule.includes('TZ')) out.push(finding('timeZoneInSchedule', ['spec', 'schedule'], 'cannot use TZ or CRON_TZ in schedule, use the timeZone field instead'));
    }
    if (typeof timeZone === 'string') {
      const error = timeZoneError(timeZone);
      if (error) out.push(finding('invalidTimeZone', ['spec', 'timeZone'], `${quote(timeZone)}: ${error}`));
    }
    return out;
  },
};
