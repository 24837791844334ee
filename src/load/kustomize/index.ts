import type { Diagnostic, JsonObject, LoadRestrictor, Resource } from '../../resources/index.js';
import { DiskFiles } from '../disk-files.js';
import type { KustomizeFiles } from '../kustomize-files.js';
import { accumulate } from './build.js';
import { BuildContext, defaultLimits, type BuildLimits } from './build-context.js';
import { toResource, type BuiltObject } from './built-object.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import { nameHash } from './generators/index.js';
import { updateNameReferences } from './name-references.js';
import { renameTo } from './transformers.js';
import { stringAt, untrack } from './tracked.js';

export { kustomizeDiagnostic } from './kustomize-diagnostic.js';

/** What to build, and where reads may go. */
export interface KustomizeOptions {
  /** Every file read must lie under this folder (a real path; see src/load/root.ts). */
  root: string;
  /** File names in diagnostics are relative to this. */
  cwd: string;
  limits?: Partial<BuildLimits>;
  /** Where the files are read: the disk under `root` by default, or a git tree at a ref (`GitTree`). */
  files?: KustomizeFiles;
  /** Which files a kustomization may read: kustomize's default, `LoadRestrictionsRootOnly`, when unset. */
  loadRestrictor?: LoadRestrictor;
}

/** A kustomization's build: the objects the cluster would get, findings, and every file it used. */
export interface KustomizeBuild {
  /** The kustomization file (absolute). */
  file: string;
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** Every file the build read: kustomizations, resources, patches, components (absolute). */
  files: Set<string>;
  /** The folders of the kustomizations and components it built, its own included (absolute). */
  folders: Set<string>;
  /** A Component: built only through the kustomizations that use it, so alone it yields no objects. */
  isComponent: boolean;
}

/**
 * Builds the kustomization in `dir` as `kustomize build` would, offline: every value of the built
 * objects keeps the file, line and column it came from (`rangeOf`). Undefined when the folder
 * has no kustomization file.
 */
export function buildKustomization(dir: string, options: KustomizeOptions): KustomizeBuild | undefined {
  const reader = options.files ?? new DiskFiles(options.root, options.cwd);
  const context = new BuildContext(reader, { ...defaultLimits, ...options.limits }, options.loadRestrictor);
  const objects = accumulate(context, dir, [reader.realPath(dir) ?? dir], []);
  // no kustomization file read: nothing was built (objects come only after one is read)
  const [file] = context.files;
  if (file === undefined) return undefined;
  if (context.kinds.get(dir) === 'Component') {
    // kustomize cannot build a component alone (its patches name objects of its users)
    const at = { file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const note = kustomizeDiagnostic('component-not-used', 'info', 'not checked: this kustomize Component is checked through the kustomizations that use it, and none in this run does', at);
    return { file, resources: [], diagnostics: [note], files: context.files, folders: context.folders, isComponent: true };
  }
  const built = objects ?? [];
  finish(built);
  const kustomization = context.name(file);
  const resources = built.map(toResource);
  for (const resource of resources) resource.source = { ...resource.source, kustomization };
  return { file, resources, diagnostics: context.diagnostics, files: context.files, folders: context.folders, isComponent: false };
}

/** The steps kustomize takes once, after the whole tree is built: generated names get their hash, then references follow renames. */
function finish(objects: BuiltObject[]): void {
  for (const object of objects) {
    if (!object.hashSuffix) continue;
    const name = stringAt(object.tree, ['metadata', 'name']) ?? '';
    const nameNode = object.tree.entries.get('metadata');
    const at = nameNode?.kind === 'map' ? nameNode.entries.get('name')?.origin : undefined;
    const range = at && 'range' in at ? at.range : at?.document.rangeOf(at.path);
    if (range) renameTo(object, `${name}-${nameHash(untrack(object.tree) as JsonObject)}`, range);
  }
  updateNameReferences(objects);
}
