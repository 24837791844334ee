import { type ApiCheck } from '../api-check.js';
/** ValidateResourceRequirements: names, non-negative quantities, requests ≤ limits, extended resources not overcommitted. */
export declare const containerResources: ApiCheck;
