import { type ApiCheck } from '../api-check.js';
/** Every volume source field of core/v1 Volume (VolumeSource), including ones since removed from drivers. */
export declare const volumeSources: string[];
/** validateVolumes: names are unique DNS-1123 labels and each volume has at most one source. */
export declare const volumes: ApiCheck;
