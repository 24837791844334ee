import { type ApiCheck } from '../api-check.js';
/** ValidatePodDisruptionBudgetSpec: minAvailable xor maxUnavailable, each an int or percentage ≤ 100%. */
export declare const podDisruptionBudget: ApiCheck;
