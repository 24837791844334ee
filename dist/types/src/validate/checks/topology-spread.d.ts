import { type ApiCheck } from '../api-check.js';
/**
 * The API server's rules for pod topology spread constraints (validateTopologySpreadConstraints):
 * maxSkew and minDomains at least 1, minDomains only with DoNotSchedule, a non-empty
 * topologyKey, a known whenUnsatisfiable, and no two constraints with the same key and policy.
 * Missing required fields and wrong types are schema errors, reported there.
 */
export declare const topologySpread: ApiCheck;
