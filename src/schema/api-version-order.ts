const pattern = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

/** Whether `version` is an alpha or beta API version (`v1beta3`), not a GA one (`v2`). */
export function isPrerelease(version: string): boolean {
  return /^v\d+(alpha|beta)\d+$/.test(version);
}

/**
 * Sorts API versions the way Kubernetes prefers them: GA before beta before alpha, then the
 * higher number first (`v2`, `v1`, `v1beta2`, `v1beta1`, `v1alpha1`).
 */
export function compareApiVersions(a: string, b: string): number {
  return rank(b) - rank(a);
}

function rank(version: string): number {
  const match = pattern.exec(version);
  if (!match) return -1;
  const stability = match[2] === undefined ? 2 : match[2] === 'beta' ? 1 : 0;
  return stability * 1e6 + Number(match[1]) * 1e3 + Number(match[3] ?? 0);
}
