import { type ApiCheck } from '../api-check.js';
/** validateScheduleFormat and validateTimeZone for a new CronJob. */
export declare const cronJob: ApiCheck;
