import { type ApiCheck } from '../api-check.js';
/** The pod restartPolicy suits the controller: Always for long-running workloads, OnFailure or Never for Jobs. */
export declare const restartPolicy: ApiCheck;
