import { type ApiCheck } from '../api-check.js';
/** validateHorizontalPodAutoscalerSpec: replica bounds and the scale target. */
export declare const horizontalPodAutoscaler: ApiCheck;
