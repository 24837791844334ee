import path from 'node:path';
import { displayName, findKustomizationFile, ignoreMatcher, isKustomizationFileName, KustomizationsNear, manifestExtensions, type InputEntry, type KustomizeFiles, type NearLimits, realOrUndefined } from '../load/index.js';
// the build (and the RE2 engine its patch targets use) loads only when a kustomization is found
import type { KustomizeBuild, kustomizeDiagnostic } from '../load/kustomize/index.js';

export type { KustomizeBuild };
import type { Diagnostic, LoadRestrictor, Resource } from '../resources/index.js';
import { distinctFindings } from './distinct-findings.js';

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
  /** Named files (absolute) that only Components no kustomization near them uses read: not checked, with this note. */
  notes: Map<string, Diagnostic>;
}

/** Where to build, and what a named file may lead to. */
export interface KustomizeInputOptions {
  root: string;
  cwd: string;
  includeBases?: boolean;
  /** Bounds of the search for the kustomizations that use a named file. */
  nearLimits?: NearLimits;
  /** The config's `ignore:`: the search for a named file's kustomizations skips what it ignores. */
  ignore?: readonly string[];
  /** The folder the `ignore:` globs are relative to (the config's; default `cwd`). */
  ignoreBase?: string;
  /** Where the files are read: the disk by default, or a git tree at a ref (`GitTree`). */
  files?: KustomizeFiles;
  /** Which files a kustomization may read (kustomize's default when unset). */
  loadRestrictor?: LoadRestrictor;
}

/**
 * Builds every kustomization among the folders a walk found files in, and those of the
 * kustomization files named on the command line. A kustomization that another one uses (a base,
 * a component) is checked through its users, and alone only when no other build uses it or when
 * `includeBases` is set. Another named file is checked through the kustomizations near it that
 * use it (see `KustomizationsNear`), and alone when none does. A Component that no other build
 * uses (named, walked, or a file only it reads named) is checked through the kustomizations near
 * it that use the component.
 */
export async function buildKustomizations(entries: readonly InputEntry[], options: KustomizeInputOptions): Promise<KustomizeInputs> {
  const folders = new Set<string>();
  const namedKustomizations = new Set<string>();
  const named: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    const isKustomizationFile = isKustomizationFileName(path.basename(entry.path));
    if (!entry.named || isKustomizationFile) folders.add(path.dirname(entry.path));
    else named.push(entry.path);
    if (entry.named && isKustomizationFile) namedKustomizations.add(path.dirname(entry.path));
  }
  const none: KustomizeInputs = { builds: [], consumed: new Set(), throughNamed: new Set(), namedThrough: new Set(), notes: new Map() };
  const { files } = options;
  const realOf = (file: string) => (files ? files.realPath(file) : realOrUndefined(file));
  const kindOf = files ? (file: string) => files.kindOf(file) : undefined;
  // the search near a named file works on real paths, so the globs are matched from the real base
  const ignoreBase = options.ignoreBase ?? options.cwd;
  const isIgnored = options.ignore === undefined ? () => false : ignoreMatcher(options.ignore, realOrUndefined(ignoreBase) ?? ignoreBase);
  // a walked folder whose kustomization file the config ignores is no kustomization, as the
  // search near a named file treats it (ignore globs are tested on real paths there too)
  const isBuilt = (dir: string) => {
    const file = findKustomizationFile(dir, kindOf);
    return file !== undefined && (namedKustomizations.has(dir) || !isIgnored(path.join(realOf(dir) ?? dir, path.basename(file))));
  };
  const found = [...folders].sort().filter(isBuilt);
  const search = new KustomizationsNear(options.root, options.nearLimits, { files, isIgnored });
  const near = nearFolders(named, search, realOf);
  if (found.length === 0 && near.size === 0) return none;
  const kustomize = await import('../load/kustomize/index.js');
  const { buildKustomization } = kustomize;
  const byFolder = new Map<string, KustomizeBuild | undefined>();
  const buildOf = (dir: string) => {
    if (!byFolder.has(dir)) byFolder.set(dir, buildKustomization(dir, options));
    return byFolder.get(dir);
  };
  const builds = found.flatMap((dir) => buildOf(dir) ?? []);
  const consumed = new Set<string>();
  for (const build of builds) for (const file of build.files) consumed.add(file);
  let kept = options.includeBases ? builds : builds.filter((build) => !isUsedByAnother(build, builds));
  const throughNamed = new Set<KustomizeBuild>();
  const namedThrough = new Set<string>();
  /** Checks `files` through the builds of `users`, leaving out a base another of them builds. */
  const checkThrough = (files: Iterable<string>, users: KustomizeBuild[]) => {
    for (const file of files) namedThrough.add(file).add(realOf(file) ?? file);
    for (const build of options.includeBases ? users : users.filter((user) => !isUsedByAnother(user, users))) {
      if (!kept.includes(build)) throughNamed.add(build);
    }
  };
  // a Component no walked build uses (named, or met in a walk of its folder): checked through the
  // kustomizations near it that use it, on the files it reads (alone it builds nothing)
  for (const component of kept.filter((build) => build.isComponent && !isUsedByAnother(build, builds))) {
    const dir = path.dirname(component.file);
    const real = realOf(dir) ?? dir;
    const users = search.of(real).flatMap((folder) => buildOf(folder) ?? []).filter((build) => !build.isComponent && (build.folders.has(dir) || build.folders.has(real)));
    if (users.length === 0) continue;
    kept = kept.filter((build) => build !== component);
    checkThrough(component.files, users);
  }
  // a named file no walked build reads: checked through the builds near it that read it
  const notes = new Map<string, Diagnostic>();
  for (const file of named) {
    if (consumed.has(file)) continue;
    const real = realOf(file) ?? file;
    const readers = [...(near.get(path.dirname(file)) ?? [])].flatMap((dir) => buildOf(dir) ?? []).filter((build) => build.files.has(file) || build.files.has(real));
    if (readers.length === 0) continue;
    consumed.add(file);
    const users = readers.filter((build) => !build.isComponent);
    if (users.length > 0) checkThrough([file], users);
    else notes.set(file, componentOnlyNote(kustomize.kustomizeDiagnostic, files ? files.displayName(file) : displayName(file, options.cwd)));
  }
  return { builds: [...kept, ...throughNamed], consumed, throughNamed, namedThrough, notes };
}

/** The note for a named file that only Components read, and no kustomization near it uses them. */
function componentOnlyNote(diagnostic: typeof kustomizeDiagnostic, name: string): Diagnostic {
  const at = { line: 1, column: 1 };
  const message = 'not checked: only a kustomize Component reads this file, and no kustomization found near it uses that component (name the overlay that does)';
  return diagnostic('component-not-used', 'info', message, { file: name, start: at, end: at });
}

/** Whether another of `builds` builds `build`'s kustomization (it is their base or component). */
function isUsedByAnother(build: KustomizeBuild, builds: readonly KustomizeBuild[]): boolean {
  const dir = path.dirname(build.file);
  return builds.some((other) => other !== build && other.folders.has(dir));
}

/** The kustomization folders near each named file's folder (searched once per folder). */
function nearFolders(named: readonly string[], search: KustomizationsNear, realOf: (file: string) => string | undefined): Map<string, string[]> {
  const near = new Map<string, string[]>();
  for (const file of named) {
    const dir = path.dirname(file);
    if (near.has(dir)) continue;
    const real = realOf(dir);
    const folders = real === undefined ? [] : search.of(real);
    if (folders.length > 0) near.set(dir, folders);
  }
  return near;
}

/**
 * The input files checked alone: those no build reads. A walk takes a file without a manifest
 * extension only as a kustomization file (`Kustomization`), so such a file is never read alone,
 * even when no build read it (a Flux Kustomization, or one beside a `kustomization.yaml`).
 */
export function filesCheckedAlone(entries: readonly InputEntry[], inputs: KustomizeInputs): string[] {
  return entries.flatMap((entry) => (entry.kind === 'file' && !inputs.consumed.has(entry.path) && (entry.named === true || manifestExtensions.test(entry.path)) ? [entry.path] : []));
}

/** The resources and findings of the builds, each finding reported once. */
export function builtOutput(builds: readonly KustomizeBuild[]): { resources: Resource[]; diagnostics: Diagnostic[] } {
  return { resources: builds.flatMap((build) => build.resources), diagnostics: distinctFindings(builds.flatMap((build) => build.diagnostics)) };
}
