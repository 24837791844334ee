import type { Resource } from '../../resources/index.js';
/**
 * How many folder names the files of a resource and a CRD share. When several CRDs define one
 * kind with different schemas, the input itself may say which one a resource is written for:
 * the Gateway API keeps `config/crd/standard/` and `config/crd/experimental/` beside
 * `examples/standard/` and `examples/experimental/`.
 */
export declare function folderAffinity(resource: Resource, crd: Resource): number;
