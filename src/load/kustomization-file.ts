import { statSync } from 'node:fs';
import path from 'node:path';

/** The names kustomize looks for in a folder, in its order. */
export const kustomizationFileNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The kustomization file of a folder (absolute), or undefined when it has none. */
export function findKustomizationFile(dir: string): string | undefined {
  for (const name of kustomizationFileNames) {
    const file = path.join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this name
    }
  }
  return undefined;
}

/** Whether a file's name makes its folder a kustomization. */
export function isKustomizationFileName(name: string): boolean {
  return (kustomizationFileNames as readonly string[]).includes(name);
}
