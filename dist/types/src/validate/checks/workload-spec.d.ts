import { type ApiCheck } from '../api-check.js';
/** Counts and StatefulSet fields of apps/v1 workloads (ValidateDeploymentSpec, ValidateStatefulSetSpec & co). */
export declare const workloadSpec: ApiCheck;
