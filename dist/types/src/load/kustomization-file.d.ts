import type { PathKind } from './kustomize-files.js';
/** The names kustomize looks for in a folder, in its order. */
export declare const kustomizationFileNames: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/** The kustomization file of a folder (absolute), or undefined when it has none; `kindOf` looks (the disk by default). */
export declare function findKustomizationFile(dir: string, kindOf?: (file: string) => PathKind): string | undefined;
/** Whether a file's name makes its folder a kustomization. */
export declare function isKustomizationFileName(name: string): boolean;
