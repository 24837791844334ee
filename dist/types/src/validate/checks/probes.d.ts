import { type ApiCheck } from '../api-check.js';
/** validateProbe and validateHandler: one handler, valid numbers and ports, successThreshold 1 where required. */
export declare const probes: ApiCheck;
