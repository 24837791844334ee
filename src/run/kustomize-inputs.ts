import path from 'node:path';
import { findKustomizationFile, isKustomizationFileName, KustomizationsNear, type InputEntry, type KustomizeFiles, type NearLimits, realOrUndefined } from '../load/index.js';
// the build (and the RE2 engine its patch targets use) loads only when a kustomization is found
import type { KustomizeBuild } from '../load/kustomize/index.js';

export type { KustomizeBuild };
import type { Diagnostic, Resource } from '../resources/index.js';

/** The kustomizations a run found and built, and the files they account for. */
export interface KustomizeInputs {
  /** The builds that are checked (overlays, and bases no overlay uses or all with `kustomizeBases`). */
  builds: KustomizeBuild[];
  /** Input files that a build reads (resources, patches, components, kustomization files): checked through it, not alone. */
  consumed: Set<string>;
  /**
   * The builds checked only for the named files they use (found near those files, not walked):
   * their findings count only in the named files they read (`namedThrough`).
   */
  throughNamed: Set<KustomizeBuild>;
  /** Named files checked through the builds of `throughNamed` (absolute, as the builds name them). */
  namedThrough: Set<string>;
}

/** Where to build, and what a named file may lead to. */
export interface KustomizeInputOptions {
  root: string;
  cwd: string;
  includeBases?: boolean;
  /** Bounds of the search for the kustomizations that use a named file. */
  nearLimits?: NearLimits;
  /** Where the files are read: the disk by default, or a git tree at a ref (`GitTree`). */
  files?: KustomizeFiles;
}

/**
 * Builds every kustomization among the folders a walk found files in, and those of the
 * kustomization files named on the command line. A kustomization that another one uses (a base,
 * a component) is checked through its users, and alone only when no other build uses it or when
 * `includeBases` is set. Another named file is checked through the kustomizations near it that
 * use it (see `KustomizationsNear`), and alone when none does.
 */
export async function buildKustomizations(entries: readonly InputEntry[], options: KustomizeInputOptions): Promise<KustomizeInputs> {
  const folders = new Set<string>();
  const named: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    if (!entry.named || isKustomizationFileName(path.basename(entry.path))) folders.add(path.dirname(entry.path));
    else named.push(entry.path);
  }
  const none: KustomizeInputs = { builds: [], consumed: new Set(), throughNamed: new Set(), namedThrough: new Set() };
  const kindOf = options.files ? (file: string) => options.files!.kindOf(file) : undefined;
  const found = [...folders].sort().filter((dir) => findKustomizationFile(dir, kindOf) !== undefined);
  const near = nearFolders(named, options);
  if (found.length === 0 && near.size === 0) return none;
  const { buildKustomization } = await import('../load/kustomize/index.js');
  const byFolder = new Map<string, KustomizeBuild | undefined>();
  const buildOf = (dir: string) => {
    if (!byFolder.has(dir)) byFolder.set(dir, buildKustomization(dir, options));
    return byFolder.get(dir);
  };
  const builds = found.flatMap((dir) => buildOf(dir) ?? []);
  const consumed = new Set<string>();
  for (const build of builds) for (const file of build.files) consumed.add(file);
  const kept = options.includeBases ? builds : builds.filter((build) => !isUsedByAnother(build, builds));
  // a named file no walked build reads: checked through the builds near it that read it
  const throughNamed = new Set<KustomizeBuild>();
  const namedThrough = new Set<string>();
  for (const file of named) {
    if (consumed.has(file)) continue;
    const real = realPathOf(file, options) ?? file;
    const users = [...(near.get(path.dirname(file)) ?? [])].flatMap((dir) => buildOf(dir) ?? []).filter((build) => build.files.has(file) || build.files.has(real));
    if (users.length === 0) continue;
    consumed.add(file);
    namedThrough.add(file).add(real);
    for (const build of options.includeBases ? users : users.filter((user) => !isUsedByAnother(user, users))) {
      if (!kept.includes(build)) throughNamed.add(build);
    }
  }
  return { builds: [...kept, ...throughNamed], consumed, throughNamed, namedThrough };
}

/** Whether another of `builds` builds `build`'s kustomization (it is their base or component). */
function isUsedByAnother(build: KustomizeBuild, builds: readonly KustomizeBuild[]): boolean {
  const dir = path.dirname(build.file);
  return builds.some((other) => other !== build && other.folders.has(dir));
}

/** The kustomization folders near each named file's folder (searched once per folder). */
function nearFolders(named: readonly string[], options: KustomizeInputOptions): Map<string, string[]> {
  const near = new Map<string, string[]>();
  const search = new KustomizationsNear(options.root, options.nearLimits, options.files);
  for (const file of named) {
    const dir = path.dirname(file);
    if (near.has(dir)) continue;
    const real = realPathOf(dir, options);
    const folders = real === undefined ? [] : search.of(real);
    if (folders.length > 0) near.set(dir, folders);
  }
  return near;
}

function realPathOf(file: string, options: KustomizeInputOptions): string | undefined {
  return options.files ? options.files.realPath(file) : realOrUndefined(file);
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
