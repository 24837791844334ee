import type { JsonPath, Resource, Severity } from '../../resources/index.js';
/** The kinds of routing problem drydock reports; stable ids for tests and JSON output. */
export type RoutingFindingCode = 'target-port-not-found' | 'backend-service-missing' | 'backend-port-missing' | 'backend-no-pods' | 'backend-needs-reference-grant' | 'rule-conflict' | 'rule-unreachable' | 'default-backend-conflict' | 'ingress-class-missing' | 'tls-secret-missing' | 'tls-host-without-rule';
/** One routing problem, at a JSON path of the resource that causes it (show it with `rangeOf`). */
export interface RoutingFinding {
    code: RoutingFindingCode;
    severity: Severity;
    message: string;
    resource: Resource;
    path: JsonPath;
}
