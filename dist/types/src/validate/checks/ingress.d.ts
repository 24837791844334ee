import { type ApiCheck } from '../api-check.js';
/** ValidateIngress for networking.k8s.io/v1: hosts, paths, pathType and backends. */
export declare const ingress: ApiCheck;
