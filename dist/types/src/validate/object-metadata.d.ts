import { type JsonPath, type Resource } from '../resources/index.js';
/**
 * Paths of every ObjectMeta the server validates in a resource: its own, the pod template's, a
 * CronJob's job template, and StatefulSet volume claim templates.
 */
export declare function metadataPaths(resource: Resource): JsonPath[];
