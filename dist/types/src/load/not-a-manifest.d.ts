import type { JsonObject } from '../resources/index.js';
/**
 * Why a YAML document is not a Kubernetes object (and so is skipped with a note), if it is not.
 * A file's name is only a hint for documents without apiVersion and kind: a `values.yaml` or
 * `Chart.yaml` holding a Pod is checked like any other file.
 */
export declare function notAManifestReason(value: JsonObject, fileName: string): string | undefined;
