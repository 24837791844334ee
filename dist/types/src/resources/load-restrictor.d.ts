/**
 * kustomize's load restrictor: which files a kustomization may read. `LoadRestrictionsRootOnly`
 * (kustomize's and kubectl's default) allows only files in or below the kustomization's folder;
 * `LoadRestrictionsNone` (Flux builds with it, Argo CD can) allows any, as long as drydock's own
 * confinement to the run's root holds.
 */
export declare const loadRestrictors: readonly ["LoadRestrictionsRootOnly", "LoadRestrictionsNone"];
export type LoadRestrictor = (typeof loadRestrictors)[number];
export declare function isLoadRestrictor(value: unknown): value is LoadRestrictor;
