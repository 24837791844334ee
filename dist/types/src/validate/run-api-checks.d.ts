import { type Diagnostic, type KubernetesVersion, type Resource, type ResourceSet } from '../resources/index.js';
import type { ApiCheck } from './api-check.js';
/** Runs `checks` on every resource; a check that throws becomes one `internal` diagnostic. */
export declare function runChecks(checks: readonly ApiCheck[], resources: ResourceSet, options: {
    kubernetesVersion: KubernetesVersion;
    only?: readonly Resource[];
}): Diagnostic[];
