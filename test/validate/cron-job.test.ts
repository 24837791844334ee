import { describe, expect, it } from 'vitest';
import { cronScheduleError } from '../../src/validate/cron-schedule.js';
import { timeZoneError } from '../../src/validate/time-zones.js';
import { found } from './api-findings.js';

const cronJob = (spec: string): string => `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n${spec}\n`;

describe('api/cron-job', () => {
  it('flags an invalid schedule at the value', () => {
    expect(found(cronJob('  schedule: "61 * * * *"'), 'cron-job')).toEqual([['invalidSchedule', 5, 13]]);
    expect(found(cronJob('  schedule: "* * * *"'), 'cron-job')).toEqual([['invalidSchedule', 5, 13]]);
  });

  it('rejects TZ and CRON_TZ prefixes, which new CronJobs may not use', () => {
    expect(found(cronJob('  schedule: "CRON_TZ=UTC 0 * * * *"'), 'cron-job')).toEqual([['timeZoneInSchedule', 5, 13]]);
  });

  it('flags an unknown or Local time zone', () => {
    expect(found(cronJob('  schedule: "@daily"\n  timeZone: Europe/Pariss'), 'cron-job')).toEqual([['invalidTimeZone', 6, 13]]);
    expect(found(cronJob('  schedule: "@daily"\n  timeZone: Local'), 'cron-job')).toEqual([['invalidTimeZone', 6, 13]]);
  });

  it('accepts macros, names, ranges, steps and IANA zones including aliases', () => {
    expect(found(cronJob('  schedule: "*/15 9-17 * JAN-jun mon-FRI"\n  timeZone: Etc/UTC'), 'cron-job')).toEqual([]);
    expect(found(cronJob('  schedule: "@every 1h30m"\n  timeZone: US/Pacific'), 'cron-job')).toEqual([]);
    expect(found(cronJob('  schedule: 5'), 'cron-job')).toEqual([]);
  });
});

describe('cronScheduleError (robfig/cron ParseStandard)', () => {
  it.each(['0 0 * * *', '? * * * ?', '5/10 * * * *', '0 0 1,15 * sun', '@hourly', '@every 5m'])('accepts %s', (spec) => {
    expect(cronScheduleError(spec)).toBeUndefined();
  });
  it.each(['', '* * * * * *', '0 24 * * *', '0 0 0 * *', '* * * * 7', '*/0 * * * *', '5-1 * * * *', '@often', '@every soon', '@every 9999999999999h', '1-2-3 * * * *', 'a * * * *'])(
    'rejects %j', (spec) => {
      expect(cronScheduleError(spec)).toBeTypeOf('string');
    });
});

describe('timeZoneError', () => {
  it.each(['UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata'])('accepts %s', (zone) => {
    expect(timeZoneError(zone)).toBeUndefined();
  });
  it.each(['', 'Mars/Olympus', '+05:00', '../etc/passwd', 'America/Very_Long_City_Name'])('rejects %j', (zone) => {
    expect(timeZoneError(zone)).toBeTypeOf('string');
  });
});
