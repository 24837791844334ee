import { type ApiCheck } from '../api-check.js';
/** ValidatePodSpec: grace and deadline numbers, dnsPolicy, hostname, subdomain and serviceAccountName. */
export declare const podSpec: ApiCheck;
