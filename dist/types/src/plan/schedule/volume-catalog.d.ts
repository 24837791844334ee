import { type JsonObject, type Labels, type ResourceSet } from '../../resources/index.js';
import { type NodeSelectorTerm } from './node-affinity.js';
/** A PersistentVolume of the input, as binding reads it. */
export interface CatalogVolume {
    name: string;
    labels: Labels;
    className: string;
    capacity: number;
    accessModes: string[];
    volumeMode: string;
    claimRef?: {
        namespace: string;
        name: string;
    };
    nodeAffinity?: NodeSelectorTerm[];
}
/** A StorageClass: whether it can provision, and when it binds. */
export interface CatalogClass {
    provisions: boolean;
    waitsForConsumer: boolean;
}
/** PVCs, PVs and StorageClasses of the input, indexed for the volume filters. */
export declare class VolumeCatalog {
    readonly claims: Map<string, JsonObject>;
    readonly volumes: CatalogVolume[];
    readonly classes: Map<string, CatalogClass>;
    defaultClass?: string;
    constructor(resources?: ResourceSet, defaultNamespace?: string);
    /** The PVs a claim could bind to statically (smallest first); `used` are taken already. */
    candidates(claim: JsonObject, namespace: string, name: string, className: string, used: ReadonlySet<string>): CatalogVolume[];
}
