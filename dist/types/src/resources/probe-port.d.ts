import type { JsonPath } from './json-path.js';
import type { Resource } from './resource.js';
/** The port a probe connects to, and the path of that value inside the probe. */
export interface ProbePort {
    port: number | string;
    /** Relative to the probe: `['httpGet', 'port']`, `['tcpSocket', 'port']` or `['grpc', 'port']`. */
    path: JsonPath;
}
/** The port of an httpGet, tcpSocket or grpc probe; undefined for exec probes and malformed ones. */
export declare function probePortOf(probe: unknown): ProbePort | undefined;
/**
 * How a container declares `port` in its `ports`: `tcp` when a TCP port (the default protocol)
 * has that number or name, `otherProtocol` when only a UDP or SCTP one does, `undeclared` otherwise.
 */
export declare function declaredPortStatus(container: Record<string, unknown>, port: number | string): 'tcp' | 'otherProtocol' | 'undeclared';
/** Why a probe's port is not one its container declares, as the probe-port rules report it. */
export interface UndeclaredProbePort {
    /** `name`: no TCP port has that name; `number`: none has that number; `protocol`: only a UDP or SCTP port matches. */
    reason: 'name' | 'number' | 'protocol';
    container: string;
    port: number | string;
    path: JsonPath;
}
/**
 * Each container's `probe` (readinessProbe, livenessProbe or startupProbe) whose port the container
 * does not declare for TCP. A numbered port of a Pod on the host network needs no declaration: the
 * process listens on the node, and such Pods often list no ports at all. A named port must always
 * resolve, since the kubelet looks the name up in the container's ports.
 */
export declare function undeclaredProbePorts(resource: Resource, probe: 'readinessProbe' | 'livenessProbe' | 'startupProbe'): UndeclaredProbePort[];
