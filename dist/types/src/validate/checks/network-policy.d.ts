import { type ApiCheck } from '../api-check.js';
/** ValidateNetworkPolicySpec: ports, protocols, endPort, peers, ipBlocks and policyTypes. */
export declare const networkPolicy: ApiCheck;
