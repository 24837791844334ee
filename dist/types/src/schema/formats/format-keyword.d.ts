import type { Ajv } from 'ajv';
import type { KubernetesVersion } from '../../resources/index.js';
/**
 * Replaces ajv's `format` keyword with the API server's: the formats kube-apiserver checks at
 * `version`, on string values only; any other format is ignored, as the server ignores it.
 * Errors keep ajv's shape (`keyword: 'format'`, `params.format`) so they read as before.
 */
export declare function serverFormatKeyword(ajv: Ajv, version: KubernetesVersion): Ajv;
