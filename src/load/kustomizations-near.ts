import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../resources/index.js';
import { findKustomizationFile } from './kustomization-file.js';
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

/**
 * The kustomization folders that may use `dir`'s files, all under `root` (real paths):
 * 1. `dir` and its ancestors that hold a kustomization file (a patch's overlay, a file's base);
 * 2. above the topmost of those (or above `dir` when there is none), the nearest ancestor with
 *    kustomization folders below it, off the path already seen (the `k8s` of `k8s/base` and
 *    `k8s/overlays/*`): those folders, down to `depthDown` levels (overlays that use a base or a
 *    shared file beside them).
 * Bounded by `limits`; hidden folders, `node_modules` and links are not entered.
 */
export function kustomizationFoldersNear(dir: string, root: string, limits: NearLimits = nearLimits): string[] {
  const found = new Set<string>();
  const path_: string[] = [];
  let levels = 0;
  let current = dir;
  let topmost: string | undefined;
  for (; levels < limits.levelsUp && isWithin(root, current); levels++) {
    path_.push(current);
    if (findKustomizationFile(current) !== undefined) {
      found.add(current);
      topmost = current;
    }
    if (current === root) break;
    current = path.dirname(current);
  }
  const seen = new Set(path_);
  const budget = { folders: limits.foldersListed };
  let layout = topmost === undefined ? dir : path.dirname(topmost);
  // the levels above the topmost kustomization are still within the upward bound
  levels = path_.indexOf(layout) === -1 ? path_.length : path_.indexOf(layout);
  for (; levels < limits.levelsUp && isWithin(root, layout); levels++) {
    const below = kustomizationsBelow(layout, limits.depthDown, seen, budget, limits.found);
    if (below.length > 0) {
      for (const folder of below) found.add(folder);
      break;
    }
    if (layout === root || budget.folders <= 0) break;
    layout = path.dirname(layout);
  }
  return [...found].sort().slice(0, limits.found);
}

/** Kustomization folders strictly below `dir`, at most `depth` levels down, leaving out `seen`. */
function kustomizationsBelow(dir: string, depth: number, seen: ReadonlySet<string>, budget: { folders: number }, most: number): string[] {
  const found: string[] = [];
  let level = [dir];
  for (let d = 0; d < depth && level.length > 0 && found.length < most; d++) {
    const next: string[] = [];
    for (const folder of level) {
      if (budget.folders-- <= 0) return found.sort();
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const child = path.join(folder, entry.name);
        next.push(child);
        if (!seen.has(child) && findKustomizationFile(child) !== undefined) found.push(child);
      }
    }
    level = next.sort();
  }
  return found.sort();
}

function isWithin(root: string, dir: string): boolean {
  return isInside(root, dir) && confinementOf(root, dir) === undefined;
}
