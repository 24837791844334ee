import { type Diagnostic, type JsonPath, type Resource } from '../resources/index.js';
/** A finding of the planner (`plan/<code>`) at a field of a desired manifest. */
export declare function planDiagnostic(resource: Resource, path: JsonPath, severity: Diagnostic['severity'], code: string, message: string): Diagnostic;
