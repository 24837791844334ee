/** The Kubernetes minor versions whose schemas drydock bundles, oldest first. */
export declare const supportedKubernetesVersions: readonly ["1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"];
export type KubernetesVersion = (typeof supportedKubernetesVersions)[number];
export declare const defaultKubernetesVersion: KubernetesVersion;
/** Reads `1.30`, `v1.30` or `v1.30.2` as a supported minor version, or undefined. */
export declare function parseKubernetesVersion(text: string): KubernetesVersion | undefined;
/** The minor number of a version: 36 for `1.36`. */
export declare function minorOf(version: string): number;
