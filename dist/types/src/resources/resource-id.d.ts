/** What identifies an object to the API server. */
export interface ResourceId {
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
}
/** Splits `apps/v1` into group `apps` and version `v1`; the core group is ''. */
export declare function splitApiVersion(apiVersion: string): {
    group: string;
    version: string;
};
/** `apps/v1/Deployment shop/web`, the form used in messages and plan output. */
export declare function formatResourceId(id: ResourceId): string;
/** The identity of a resource, for a diagnostic's `resource` field. */
export declare function resourceIdOf(resource: ResourceId): ResourceId;
