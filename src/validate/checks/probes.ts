import { isObject, type ContainerRef, type JsonObject, type JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { isValidPortNumber, portNameError } from '../name-formats.js';
import { quote } from '../read-field.js';

const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const probeKinds = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const nonNegative = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** validateProbe and validateHandler: one handler, valid numbers and ports, successThreshold 1 where required. */
export const probes: ApiCheck = {
  id: 'probes',
  summary: 'Probes have exactly one handler with a valid port, non-negative numbers, and successThreshold 1 for liveness and startup probes.',
  check(resource) {
    const out: ApiFinding[] = [];
    for (const container of containersIn(resource)) {
      for (const kind of probeKinds) {
        const probe = container.spec[kind];
        if (!isObject(probe)) continue;
        const path = [...container.path, kind];
        if (forbiddenHere(container)) {
          out.push(finding('probeNotAllowed', path, `${kind} may not be set for an init container unless its restartPolicy is Always`, 'key'));
          continue;
        }
        out.push(...probeFindings(probe, path, kind));
      }
    }
    return out;
  },
};

// init containers only run probes as sidecars (restartPolicy: Always)
function forbiddenHere(container: ContainerRef): boolean {
  return container.kind === 'init' && container.spec.restartPolicy !== 'Always';
}

function probeFindings(probe: JsonObject, path: JsonPath, kind: string): ApiFinding[] {
  const out: ApiFinding[] = [];
  const set = handlers.filter((key) => probe[key] !== undefined && probe[key] !== null);
  if (set.length === 0) out.push(finding('noHandler', path, 'a probe must specify one handler (exec, httpGet, tcpSocket or grpc)'));
  const [, second] = set;
  if (second !== undefined) out.push(finding('manyHandlers', [...path, second], `a probe may not specify more than one handler (found ${set.join(', ')})`, 'key'));
  for (const field of nonNegative) {
    const value = probe[field];
    if (typeof value === 'number' && value < 0) out.push(finding('negativeValue', [...path, field], `${field} must be greater than or equal to 0`));
  }
  // the server defaults 0 to 1 before it validates
  const success = probe.successThreshold;
  if (kind !== 'readinessProbe' && typeof success === 'number' && success !== 0 && success !== 1) {
    out.push(finding('successThresholdNotOne', [...path, 'successThreshold'], `successThreshold must be 1 for a ${kind}`));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (typeof grace === 'number' && grace <= 0) {
    out.push(finding('gracePeriodNotPositive', [...path, 'terminationGracePeriodSeconds'], 'terminationGracePeriodSeconds must be greater than 0'));
  }
  for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
    const spec = probe[handler];
    if (isObject(spec)) out.push(...portFindings(spec.port, [...path, handler, 'port'], handler === 'grpc'));
  }
  const scheme = isObject(probe.httpGet) ? probe.httpGet.scheme : undefined;
  if (typeof scheme === 'string' && scheme !== 'HTTP' && scheme !== 'HTTPS') {
    out.push(finding('invalidScheme', [...path, 'httpGet', 'scheme'], `${quote(scheme)} is not a supported scheme (HTTP, HTTPS)`));
  }
  return out;
}

function portFindings(port: unknown, path: JsonPath, numberOnly: boolean): ApiFinding[] {
  if (port === undefined || port === null) return [finding('portRequired', path, 'port is required')];
  if (typeof port === 'number' && !isValidPortNumber(port)) {
    return [finding('invalidPort', path, `${port} is not a port number between 1 and 65535`)];
  }
  if (typeof port === 'string' && !numberOnly) {
    const error = portNameError(port);
    if (error) return [finding('invalidPort', path, `port name ${quote(port)} ${error}`)];
  }
  return [];
}
