import path from 'node:path';
import { isObject } from '../resources/index.js';
import { DiskFiles } from './disk-files.js';
import { findKustomizationFile } from './kustomization-file.js';
import type { KustomizeFiles } from './kustomize-files.js';
import { loadDocuments } from './load-documents.js';
import { confinementOf } from './root.js';

/** How far the search for the kustomizations that may use a file goes: it runs for every named file. */
export interface NearLimits {
  /** Folders looked at upward from the file's folder (itself included). */
  levelsUp: number;
  /** Folder levels searched below the layout folder. */
  depthDown: number;
  /** Folders listed by the downward search. */
  foldersListed: number;
  /** Kustomization folders returned. */
  found: number;
}

export const nearLimits: NearLimits = { levelsUp: 8, depthDown: 3, foldersListed: 256, found: 32 };

/** Where the search looks, and what it leaves out. */
export interface NearOptions {
  /** The disk (confined to the root) by default, or a git tree at a ref. */
  files?: KustomizeFiles;
  /**
   * The config's `ignore:` (absolute paths): an ignored folder is not entered, and one whose
   * folder or kustomization file is ignored is never a candidate, as a walk skips them.
   */
  isIgnored?: (path: string) => boolean;
}

/** `KustomizationsNear.of` for one folder. */
export function kustomizationFoldersNear(dir: string, root: string, limits: NearLimits = nearLimits, options: NearOptions = {}): string[] {
  return new KustomizationsNear(root, limits, options).of(dir);
}

/**
 * Finds the kustomization folders that may use a folder's files, for many folders of one run:
 * folder listings and kustomization checks are kept, so named files in one tree cost each
 * folder one listing. Results do not depend on what was searched before.
 */
export class KustomizationsNear {
  private readonly isKustomization = new Map<string, boolean>();
  private readonly isComponent = new Map<string, boolean>();
  private readonly listings = new Map<string, string[]>();
  private readonly files: KustomizeFiles;
  private readonly isIgnored: (path: string) => boolean;

  constructor(
    private readonly root: string,
    private readonly limits: NearLimits = nearLimits,
    options: NearOptions = {},
  ) {
    this.files = options.files ?? new DiskFiles(root, root);
    this.isIgnored = options.isIgnored ?? (() => false);
  }

  /**
   * The kustomization folders that may use `dir`'s files, all under the root (real paths):
   * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
   * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
   *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
   *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
   *    shared file beside them). Components alone do not end the climb (`components/a` beside
   *    `components/b`): a Component builds nothing, its users lie further out.
   * Both steps stay within `levelsUp` folders from `dir`; hidden folders, `node_modules`, ignored
   * folders and links are not entered, and the folders listed and found are bounded by the limits.
   */
  of(dir: string): string[] {
    const { limits, root } = this;
    const found = new Set<string>();
    const upward: string[] = [];
    let topmost: string | undefined;
    for (let current = dir; upward.length < limits.levelsUp && isWithin(root, current); current = path.dirname(current)) {
      upward.push(current);
      if (this.holdsKustomization(current)) {
        found.add(current);
        topmost = current;
      }
      if (current === root) break;
    }
    const seen = new Set(upward);
    const budget = { folders: limits.foldersListed };
    let layout = topmost === undefined ? dir : path.dirname(topmost);
    // the levels above the topmost kustomization are still within the upward bound
    const start = upward.indexOf(layout);
    for (let levels = start === -1 ? upward.length : start; levels < limits.levelsUp && isWithin(root, layout); levels++) {
      const below = this.below(layout, seen, budget);
      for (const folder of below) found.add(folder);
      if (below.some((folder) => !this.holdsComponent(folder))) break;
      if (layout === root || budget.folders <= 0) break;
      layout = path.dirname(layout);
    }
    return [...found].sort().slice(0, limits.found);
  }

  /** Kustomization folders strictly below `dir`, at most `depthDown` levels down, leaving out `seen`. */
  private below(dir: string, seen: ReadonlySet<string>, budget: { folders: number }): string[] {
    const found: string[] = [];
    let level = [dir];
    for (let depth = 0; depth < this.limits.depthDown && level.length > 0 && found.length < this.limits.found; depth++) {
      const next: string[] = [];
      for (const folder of level) {
        if (budget.folders-- <= 0) return found.sort();
        for (const child of this.subfolders(folder)) {
          next.push(child);
          if (!seen.has(child) && this.holdsKustomization(child)) found.push(child);
        }
      }
      level = next;
    }
    return found.sort();
  }

  private subfolders(dir: string): string[] {
    let listed = this.listings.get(dir);
    if (listed === undefined) {
      listed = this.files.subfolders(dir).filter((folder) => !this.isIgnored(folder));
      this.listings.set(dir, listed);
    }
    return listed;
  }

  private holdsComponent(dir: string): boolean {
    let holds = this.isComponent.get(dir);
    if (holds === undefined) {
      const file = this.kustomizationFileOf(dir);
      // the file may be a link: read only what the build itself may read
      const [document] = file === undefined || this.files.refusal(file) !== undefined ? [] : loadDocuments(this.files, file).documents;
      holds = isObject(document?.value) && document.value.kind === 'Component';
      this.isComponent.set(dir, holds);
    }
    return holds;
  }

  private holdsKustomization(dir: string): boolean {
    let holds = this.isKustomization.get(dir);
    if (holds === undefined) {
      const file = this.kustomizationFileOf(dir);
      holds = file !== undefined && !this.isIgnored(dir) && !this.isIgnored(file);
      this.isKustomization.set(dir, holds);
    }
    return holds;
  }

  private kustomizationFileOf(dir: string): string | undefined {
    return findKustomizationFile(dir, (file) => this.files.kindOf(file));
  }
}

function isWithin(root: string, dir: string): boolean {
  return confinementOf(root, dir) === undefined;
}
