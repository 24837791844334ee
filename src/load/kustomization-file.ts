import path from 'node:path';
import { diskKindOf } from './disk-kind.js';
import type { PathKind } from './kustomize-files.js';

/** The names kustomize looks for in a folder, in its order. */
export const kustomizationFileNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The kustomization file of a folder (absolute), or undefined when it has none; `kindOf` looks (the disk by default). */
export function findKustomizationFile(dir: string, kindOf: (file: string) => PathKind = diskKindOf): string | undefined {
  for (const name of kustomizationFileNames) {
    const file = path.join(dir, name);
    if (kindOf(file) === 'file') return file;
  }
  return undefined;
}

/** Whether a file's name makes its folder a kustomization. */
export function isKustomizationFileName(name: string): boolean {
  return (kustomizationFileNames as readonly string[]).includes(name);
}
