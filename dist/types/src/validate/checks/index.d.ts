import type { ApiCheck } from '../api-check.js';
/** Every API-server check, in the order their diagnostics are produced. */
export declare const apiChecks: readonly ApiCheck[];
