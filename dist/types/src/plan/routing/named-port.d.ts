import { type JsonObject } from '../../resources/index.js';
/**
 * The container port a Service `targetPort` name stands for in one Pod: the first port with that
 * `name` and the same protocol, as the EndpointSlice controller resolves it. Regular containers
 * are searched first, then sidecars (init containers with `restartPolicy: Always`). Undefined
 * when no container exposes the name, which leaves the Pod out of that Service port's endpoints.
 */
export declare function resolveNamedPort(podSpec: JsonObject, name: string, protocol: string): number | undefined;
