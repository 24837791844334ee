import { type ApiCheck } from '../api-check.js';
/** A workload has a spec; a ReplicationController and a PodTemplate have a pod template. */
export declare const workloadTemplate: ApiCheck;
