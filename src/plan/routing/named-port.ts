import { isObject, type JsonObject } from '../../resources/index.js';

/**
 * The container port a Service `targetPort` name stands for in one Pod: the first port with that
 * `name` and the same protocol, as the EndpointSlice controller resolves it. Regular containers
 * are searched first, then sidecars (init containers with `restartPolicy: Always`). Undefined
 * when no container exposes the name, which leaves the Pod out of that Service port's endpoints.
 */
export function resolveNamedPort(podSpec: JsonObject, name: string, protocol: string): number | undefined {
  for (const container of servingContainers(podSpec)) {
    const ports = container.ports;
    if (!Array.isArray(ports)) continue;
    for (const port of ports) {
      if (!isObject(port) || port.name !== name) continue;
      // the API server defaults a container port's protocol to TCP
      if ((typeof port.protocol === 'string' ? port.protocol : 'TCP') !== protocol) continue;
      if (typeof port.containerPort === 'number') return port.containerPort;
    }
  }
  return undefined;
}

function servingContainers(podSpec: JsonObject): JsonObject[] {
  const regular = Array.isArray(podSpec.containers) ? podSpec.containers.filter(isObject) : [];
  const sidecars = Array.isArray(podSpec.initContainers)
    ? podSpec.initContainers.filter((c): c is JsonObject => isObject(c) && c.restartPolicy === 'Always')
    : [];
  return [...regular, ...sidecars];
}
