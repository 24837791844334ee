import { isObject, valueAt, type JsonObject, type JsonPath } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { rejected, type FilterStatus } from './filter-status.js';
import { termMatches } from './node-affinity.js';
import type { NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';
import type { CatalogVolume, VolumeCatalog } from './volume-catalog.js';

/** A PersistentVolumeClaim a Pod mounts, with the path (in its owner's manifest) that names it. */
export interface PodClaim {
  name: string;
  path: JsonPath;
  /** The claim object: from the input, or a StatefulSet's volumeClaimTemplate. */
  object?: JsonObject;
}

/** How one claim will be satisfied, decided before any node is looked at. */
export type ClaimPlan =
  | { claim: PodClaim; kind: 'bound'; volume?: CatalogVolume }
  | { claim: PodClaim; kind: 'provisioned' }
  | { claim: PodClaim; kind: 'static'; candidates: CatalogVolume[] };

/**
 * The claims of a Pod: `persistentVolumeClaim` volumes, and for StatefulSet Pods the claims
 * `<template>-<statefulset>-<ordinal>` its volumeClaimTemplates create.
 */
export function claimsOfPod(pod: SimulatedPod, specPath: JsonPath, catalog: VolumeCatalog): PodClaim[] {
  const out: PodClaim[] = [];
  const volumes = pod.spec.volumes;
  if (Array.isArray(volumes)) {
    volumes.forEach((volume: unknown, index) => {
      const name = valueAt(volume, ['persistentVolumeClaim', 'claimName']);
      if (typeof name !== 'string') return;
      out.push({ name, path: [...specPath, 'volumes', index, 'persistentVolumeClaim', 'claimName'], object: catalog.claims.get(`${pod.namespace}/${name}`) });
    });
  }
  const templates = pod.owner.kind === 'StatefulSet' && pod.source ? valueAt(pod.source.object, ['spec', 'volumeClaimTemplates']) : undefined;
  if (Array.isArray(templates) && pod.ordinal !== undefined) {
    templates.forEach((template: unknown, index) => {
      const templateName = valueAt(template, ['metadata', 'name']);
      if (typeof templateName !== 'string' || !isObject(template)) return;
      const name = `${templateName}-${pod.owner.name}-${pod.ordinal}`;
      out.push({ name, path: ['spec', 'volumeClaimTemplates', index], object: catalog.claims.get(`${pod.namespace}/${name}`) ?? template });
    });
  }
  return out;
}

/**
 * VolumeBinding's PreFilter: a missing claim, or an unbound claim of an `Immediate` class that
 * nothing can satisfy, rejects the Pod outright (the returned string). A class not in the input
 * is assumed to be the cluster's, provisioning on demand (kind's `standard` does).
 */
export function planClaims(pod: SimulatedPod, claims: readonly PodClaim[], catalog: VolumeCatalog, bound: ReadonlyMap<string, CatalogVolume>, used: ReadonlySet<string>): ClaimPlan[] | string {
  const plans: ClaimPlan[] = [];
  for (const claim of claims) {
    const key = `${pod.namespace}/${claim.name}`;
    const already = bound.get(key);
    if (already) {
      plans.push({ claim, kind: 'bound', volume: already });
      continue;
    }
    if (!claim.object) return `persistentvolumeclaim "${claim.name}" not found`;
    const spec = isObject(claim.object.spec) ? claim.object.spec : {};
    if (typeof spec.volumeName === 'string' && spec.volumeName !== '') {
      plans.push({ claim, kind: 'bound', volume: catalog.volumes.find((pv) => pv.name === spec.volumeName) });
      continue;
    }
    const preBound = catalog.volumes.find((pv) => pv.claimRef?.namespace === pod.namespace && pv.claimRef.name === claim.name);
    if (preBound) {
      plans.push({ claim, kind: 'bound', volume: preBound });
      continue;
    }
    const className = typeof spec.storageClassName === 'string' ? spec.storageClassName : catalog.defaultClass;
    const storageClass = className === undefined ? undefined : catalog.classes.get(className);
    const provisions = className !== '' && spec.selector === undefined && (storageClass?.provisions ?? true);
    if (provisions) {
      plans.push({ claim, kind: 'provisioned' });
      continue;
    }
    const candidates = catalog.candidates(claim.object, pod.namespace, claim.name, className ?? '', used);
    if (!storageClass?.waitsForConsumer) {
      // Immediate binding happens regardless of the Pod's node: the smallest fit is taken
      if (candidates.length === 0) return 'pod has unbound immediate PersistentVolumeClaims';
      plans.push({ claim, kind: 'bound', volume: candidates[0] });
      continue;
    }
    plans.push({ claim, kind: 'static', candidates });
  }
  return plans;
}

function volumeFitsNode(volume: CatalogVolume, node: NodeState): boolean {
  return !volume.nodeAffinity || volume.nodeAffinity.some((term) => termMatches(term, node.node));
}

/** VolumeBinding: bound volumes must allow the node; static claims need a free PV that does. */
export function volumeBindingFilter(plans: readonly ClaimPlan[], node: NodeState, hasVolumes: boolean, wording: SchedulerWording): FilterStatus | undefined {
  for (const plan of plans) {
    if (plan.kind === 'bound') {
      if (!plan.volume) {
        if (hasVolumes) return rejected('VolumeBinding', wording.boundToMissingVolume, true);
      } else if (!volumeFitsNode(plan.volume, node)) return rejected('VolumeBinding', wording.persistentVolumeNodeAffinity, true);
    } else if (plan.kind === 'static' && !plan.candidates.some((pv) => volumeFitsNode(pv, node))) {
      return rejected('VolumeBinding', wording.noPersistentVolume, true);
    }
  }
  return undefined;
}

/** The PVs a placement binds: for each static claim, the smallest free PV the node allows. */
export function volumesToBind(plans: readonly ClaimPlan[], node: NodeState): [PodClaim, CatalogVolume][] {
  const out: [PodClaim, CatalogVolume][] = [];
  const taken = new Set<string>();
  for (const plan of plans) {
    if (plan.kind === 'bound' && plan.volume) out.push([plan.claim, plan.volume]);
    if (plan.kind !== 'static') continue;
    const volume = plan.candidates.find((pv) => !taken.has(pv.name) && volumeFitsNode(pv, node));
    if (volume) {
      taken.add(volume.name);
      out.push([plan.claim, volume]);
    }
  }
  return out;
}
