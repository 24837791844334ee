import type { JsonPath, KubernetesVersion, RangeTarget, Resource, ResourceSet } from '../resources/index.js';
/** What every API check sees besides the resource: the target version and the whole input. */
export interface ApiCheckContext {
    kubernetesVersion: KubernetesVersion;
    resources: ResourceSet;
}
/** One problem a check found, at a JSON path of the resource. */
export interface ApiFinding {
    messageId: string;
    message: string;
    path: JsonPath;
    target?: RangeTarget;
    severity?: 'error' | 'warning';
}
/** One server-side validation concept; its diagnostics get the ruleId `api/<id>`. */
export interface ApiCheck {
    id: string;
    /** one sentence */
    summary: string;
    check(resource: Resource, context: ApiCheckContext): ApiFinding[];
}
/** Builds an error finding whose message starts with the field's path: `spec.replicas: <text>.` */
export declare function finding(messageId: string, path: JsonPath, text: string, target?: RangeTarget): ApiFinding;
