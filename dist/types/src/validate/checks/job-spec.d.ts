import { type ApiCheck } from '../api-check.js';
/** validateJobSpec and validateCronJobSpec: counts, deadlines, completionMode and concurrencyPolicy. */
export declare const jobSpec: ApiCheck;
