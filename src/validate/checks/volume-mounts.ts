import { podSpecOf, valueAt, type JsonObject, type JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { isKind } from '../builtin-kinds.js';
import { objectAt, objectsOf, quote } from '../read-field.js';

/** validateVolumeMounts: each mount names a declared volume, has a unique mountPath and a relative subPath. */
export const volumeMounts: ApiCheck = {
  id: 'volume-mounts',
  summary: 'Volume mounts refer to declared volumes, use a mountPath once per container and a relative subPath without "..".',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const declared = new Set(objectsOf(pod.spec.volumes).map(([volume]) => volume.name));
    // the StatefulSet controller adds a volume per volumeClaimTemplate
    if (isKind(resource, 'apps', 'StatefulSet')) {
      for (const [claim] of objectsOf(valueAt(resource.object, ['spec', 'volumeClaimTemplates']))) {
        declared.add(objectAt(claim, ['metadata'])?.name);
      }
    }
    const out: ApiFinding[] = [];
    for (const container of containersIn(resource)) {
      const paths = new Set<string>();
      for (const [mount, i] of objectsOf(container.spec.volumeMounts)) {
        out.push(...mountFindings(mount, [...container.path, 'volumeMounts', i], declared, paths));
      }
    }
    return out;
  },
};

function mountFindings(mount: JsonObject, path: JsonPath, declared: Set<unknown>, paths: Set<string>): ApiFinding[] {
  const out: ApiFinding[] = [];
  const { name, mountPath, subPath } = mount;
  // missing name or mountPath are schema errors (required); empty ones only the server catches
  if (name === '') out.push(finding('nameRequired', [...path, 'name'], 'a volume mount name is required'));
  else if (typeof name === 'string' && !declared.has(name)) out.push(finding('volumeNotFound', [...path, 'name'], `volume ${quote(name)} is not declared in the pod's volumes`));
  if (mountPath === '') {
    out.push(finding('mountPathRequired', [...path, 'mountPath'], 'mountPath is required'));
  } else if (typeof mountPath === 'string') {
    if (paths.has(mountPath)) out.push(finding('duplicateMountPath', [...path, 'mountPath'], `mountPath ${quote(mountPath)} must be unique within the container`));
    paths.add(mountPath);
  }
  if (typeof subPath === 'string' && subPath !== '') {
    // validateLocalDescendingPath
    if (subPath.startsWith('/')) out.push(finding('absoluteSubPath', [...path, 'subPath'], `subPath ${quote(subPath)} must be a relative path`));
    else if (subPath.split(/[/\\]/).includes('..')) out.push(finding('subPathBacksteps', [...path, 'subPath'], `subPath ${quote(subPath)} must not contain '..'`));
  }
  return out;
}
