import { type ApiCheck } from '../api-check.js';
/** Workload selectors are present, well formed and select their own pod template. */
export declare const workloadSelector: ApiCheck;
