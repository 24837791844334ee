import { isObject, labelsOf, parseQuantity, selectorMatches, valueAt, type JsonObject, type Labels, type ResourceSet } from '../../resources/index.js';
import { toUnits } from '../cluster/index.js';
import { nodeSelectorTermsOf, type NodeSelectorTerm } from './node-affinity.js';

/** A PersistentVolume of the input, as binding reads it. */
export interface CatalogVolume {
  name: string;
  labels: Labels;
  className: string;
  capacity: number;
  accessModes: string[];
  volumeMode: string;
  claimRef?: { namespace: string; name: string };
  nodeAffinity?: NodeSelectorTerm[];
}

/** A StorageClass: whether it can provision, and when it binds. */
export interface CatalogClass {
  provisions: boolean;
  waitsForConsumer: boolean;
}

/** PVCs, PVs and StorageClasses of the input, indexed for the volume filters. */
export class VolumeCatalog {
  readonly claims = new Map<string, JsonObject>();
  readonly volumes: CatalogVolume[] = [];
  readonly classes = new Map<string, CatalogClass>();
  defaultClass?: string;

  constructor(resources?: ResourceSet, defaultNamespace = 'default') {
    if (!resources) return;
    for (const claim of resources.ofKind('PersistentVolumeClaim')) this.claims.set(`${claim.namespace ?? defaultNamespace}/${claim.name}`, claim.object);
    for (const volume of resources.ofKind('PersistentVolume')) this.volumes.push(volumeOf(volume.name, volume.object));
    for (const storageClass of resources.ofKind('StorageClass')) {
      const provisioner = storageClass.object.provisioner;
      this.classes.set(storageClass.name, {
        provisions: typeof provisioner === 'string' && provisioner !== 'kubernetes.io/no-provisioner',
        waitsForConsumer: storageClass.object.volumeBindingMode === 'WaitForFirstConsumer',
      });
      if (valueAt(storageClass.object, ['metadata', 'annotations', 'storageclass.kubernetes.io/is-default-class']) === 'true') this.defaultClass = storageClass.name;
    }
  }

  /** The PVs a claim could bind to statically (smallest first); `used` are taken already. */
  candidates(claim: JsonObject, namespace: string, name: string, className: string, used: ReadonlySet<string>): CatalogVolume[] {
    const spec = isObject(claim.spec) ? claim.spec : {};
    const wanted = parseQuantity(valueAt(spec, ['resources', 'requests', 'storage']));
    const size = wanted ? toUnits('storage', wanted) : 0;
    const modes = Array.isArray(spec.accessModes) ? spec.accessModes.map(String) : [];
    const volumeMode = typeof spec.volumeMode === 'string' ? spec.volumeMode : 'Filesystem';
    return this.volumes
      .filter((pv) => !used.has(pv.name))
      .filter((pv) => !pv.claimRef || (pv.claimRef.namespace === namespace && pv.claimRef.name === name))
      .filter((pv) => pv.className === className && pv.capacity >= size && pv.volumeMode === volumeMode)
      .filter((pv) => modes.every((m) => pv.accessModes.includes(m)))
      .filter((pv) => spec.selector === undefined || selectorMatches(spec.selector, pv.labels))
      .sort((a, b) => a.capacity - b.capacity || (a.name < b.name ? -1 : 1));
  }
}

function volumeOf(name: string, object: JsonObject): CatalogVolume {
  const spec = isObject(object.spec) ? object.spec : {};
  const capacity = parseQuantity(valueAt(spec, ['capacity', 'storage']));
  const claimRef = isObject(spec.claimRef) && typeof spec.claimRef.name === 'string'
    ? { namespace: typeof spec.claimRef.namespace === 'string' ? spec.claimRef.namespace : 'default', name: spec.claimRef.name }
    : undefined;
  return {
    name,
    labels: labelsOf(valueAt(object, ['metadata', 'labels'])),
    className: typeof spec.storageClassName === 'string' ? spec.storageClassName : '',
    capacity: capacity ? toUnits('storage', capacity) : 0,
    accessModes: Array.isArray(spec.accessModes) ? spec.accessModes.map(String) : [],
    volumeMode: typeof spec.volumeMode === 'string' ? spec.volumeMode : 'Filesystem',
    claimRef,
    nodeAffinity: nodeSelectorTermsOf(valueAt(spec, ['nodeAffinity', 'required', 'nodeSelectorTerms'])),
  };
}
