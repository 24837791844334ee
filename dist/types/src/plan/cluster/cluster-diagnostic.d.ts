import type { Diagnostic, JsonPath, Resource } from '../../resources/index.js';
/** An error about a cluster model file, at the field responsible. */
export declare function clusterDiagnostic(resource: Resource, path: JsonPath, message: string): Diagnostic;
