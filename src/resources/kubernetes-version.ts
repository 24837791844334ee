/** The Kubernetes minor versions whose schemas drydock bundles, oldest first. */
export const supportedKubernetesVersions = [
  '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36',
] as const;

export type KubernetesVersion = (typeof supportedKubernetesVersions)[number];

export const defaultKubernetesVersion: KubernetesVersion = '1.36';

/** Reads `1.30`, `v1.30` or `v1.30.2` as a supported minor version, or undefined. */
export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!match) return undefined;
  const minor = `${Number(match[1])}.${Number(match[2])}`;
  return (supportedKubernetesVersions as readonly string[]).includes(minor)
    ? (minor as KubernetesVersion)
    : undefined;
}

/** The minor number of a version: 36 for `1.36`. */
export function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}
