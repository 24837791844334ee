import { type JsonObject, type JsonPath } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { type FilterStatus } from './filter-status.js';
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
export type ClaimPlan = {
    claim: PodClaim;
    kind: 'bound';
    volume?: CatalogVolume;
} | {
    claim: PodClaim;
    kind: 'provisioned';
} | {
    claim: PodClaim;
    kind: 'static';
    candidates: CatalogVolume[];
};
/**
 * The claims of a Pod: `persistentVolumeClaim` volumes, and for StatefulSet Pods the claims
 * `<template>-<statefulset>-<ordinal>` its volumeClaimTemplates create.
 */
export declare function claimsOfPod(pod: SimulatedPod, specPath: JsonPath, catalog: VolumeCatalog): PodClaim[];
/**
 * VolumeBinding's PreFilter: a missing claim, or an unbound claim of an `Immediate` class that
 * nothing can satisfy, rejects the Pod outright (the returned string). A class not in the input
 * is assumed to be the cluster's, provisioning on demand (kind's `standard` does).
 */
export declare function planClaims(pod: SimulatedPod, claims: readonly PodClaim[], catalog: VolumeCatalog, bound: ReadonlyMap<string, CatalogVolume>, used: ReadonlySet<string>): ClaimPlan[] | string;
/** VolumeBinding: bound volumes must allow the node; static claims need a free PV that does. */
export declare function volumeBindingFilter(plans: readonly ClaimPlan[], node: NodeState, hasVolumes: boolean, wording: SchedulerWording): FilterStatus | undefined;
/** The PVs a placement binds: for each static claim, the smallest free PV the node allows. */
export declare function volumesToBind(plans: readonly ClaimPlan[], node: NodeState): [PodClaim, CatalogVolume][];
