import path from 'node:path';
import { findKustomizationFile, type InputEntry } from '../load/index.js';
// the build (and the RE2 engine its patch targets use) loads only when a kustomization is found
import type { KustomizeBuild } from '../load/kustomize/index.js';
import type { Diagnostic, Resource } from '../resources/index.js';

/** The kustomizations a run found and built, and the files they account for. */
export interface KustomizeInputs {
  /** The builds that are checked (overlays, and bases no overlay uses or all with `kustomizeBases`). */
  builds: KustomizeBuild[];
  /** Walked files that a build reads (resources, patches, components, kustomization files): checked through it, not alone. */
  consumed: Set<string>;
}

/**
 * Builds every kustomization among the folders a walk found files in. A kustomization that
 * another one uses (a base, a component) is checked through its users, and alone only when no
 * other build uses it or when `includeBases` is set. Files named on the command line stay
 * inputs of their own.
 */
export async function buildKustomizations(entries: readonly InputEntry[], options: { root: string; cwd: string; includeBases?: boolean }): Promise<KustomizeInputs> {
  const folders = new Set<string>();
  for (const entry of entries) if (entry.kind === 'file' && !entry.named) folders.add(path.dirname(entry.path));
  const builds: KustomizeBuild[] = [];
  const found = [...folders].sort().filter((dir) => findKustomizationFile(dir) !== undefined);
  if (found.length === 0) return { builds, consumed: new Set() };
  const { buildKustomization } = await import('../load/kustomize/index.js');
  for (const dir of found) {
    const built = buildKustomization(dir, options);
    if (built) builds.push(built);
  }
  const usedByOthers = new Set<string>();
  for (const build of builds) for (const folder of build.folders) if (folder !== path.dirname(build.file)) usedByOthers.add(folder);
  const consumed = new Set<string>();
  for (const build of builds) for (const file of build.files) consumed.add(file);
  const kept = options.includeBases ? builds : builds.filter((build) => !usedByOthers.has(path.dirname(build.file)));
  return { builds: kept, consumed };
}

/** The resources and findings of the builds, each finding reported once. */
export function builtOutput(builds: readonly KustomizeBuild[]): { resources: Resource[]; diagnostics: Diagnostic[] } {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const build of builds) {
    for (const resource of build.resources) resources.push(resource);
    for (const d of build.diagnostics) {
      const key = `${d.ruleId}\0${d.range.file}\0${d.range.start.line}\0${d.range.start.column}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(d);
    }
  }
  return { resources, diagnostics };
}
