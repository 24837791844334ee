import { type ApiCheck } from '../api-check.js';
/** ValidateService's port rules: names, numbers, protocols, targetPort, nodePort and duplicates. */
export declare const servicePorts: ApiCheck;
