import { type ApiCheck } from '../api-check.js';
/** Label keys are qualified names and values valid label values (ValidateLabels). */
export declare const labels: ApiCheck;
