import { type ApiCheck } from '../api-check.js';
/** validateContainerPorts and checkHostPortConflicts: names, numbers, protocols, host port clashes. */
export declare const containerPorts: ApiCheck;
