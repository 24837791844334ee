import type { Resource } from '../../resources/index.js';

/**
 * How many folder names the files of a resource and a CRD share. When several CRDs define one
 * kind with different schemas, the input itself may say which one a resource is written for:
 * the Gateway API keeps `config/crd/standard/` and `config/crd/experimental/` beside
 * `examples/standard/` and `examples/experimental/`.
 */
export function folderAffinity(resource: Resource, crd: Resource): number {
  const crdFolders = new Set(foldersOf(crd.source.file));
  return foldersOf(resource.source.file).filter((name) => crdFolders.has(name)).length;
}

function foldersOf(file: string): string[] {
  return file.split(/[\\/]/).slice(0, -1).filter((name) => name !== '' && name !== '.' && name !== '..');
}
