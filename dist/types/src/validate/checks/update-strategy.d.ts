import { type ApiCheck } from '../api-check.js';
/** Deployment strategy, DaemonSet and StatefulSet updateStrategy (ValidateDeploymentStrategy & co). */
export declare const updateStrategy: ApiCheck;
