/**
 * kustomize's load restrictor: which files a kustomization may read. `LoadRestrictionsRootOnly`
 * (kustomize's and kubectl's default) allows only files in or below the kustomization's folder;
 * `LoadRestrictionsNone` (Flux builds with it, Argo CD can) allows any, as long as drydock's own
 * confinement to the run's root holds.
 */
export const loadRestrictors = ['LoadRestrictionsRootOnly', 'LoadRestrictionsNone'] as const;

export type LoadRestrictor = (typeof loadRestrictors)[number];

export function isLoadRestrictor(value: unknown): value is LoadRestrictor {
  return (loadRestrictors as readonly unknown[]).includes(value);
}
