import { displayName } from '../load/index.js';
import type { Diagnostic, Resource } from '../resources/index.js';
import { builtOutput, type KustomizeBuild, type KustomizeInputs } from './kustomize-inputs.js';
import { filesChanged, filesOfShard, type Shard } from './select-files.js';

/** The selected kustomizations' built objects and findings; `files` are the names of the files they read. */
export interface SelectedBuilds {
  resources: Resource[];
  diagnostics: Diagnostic[];
  files: string[];
  objects: number[];
  count: number;
  /** Files read by builds checked only for the named files they use: their findings are left out. */
  leftOut: Set<string>;
  /** Every file the builds read (names), reported or not: the inputs of their findings. */
  read: string[];
  /** The kustomization files (names) of builds that reported a finding, wherever it lies: their folders checked something. */
  reporting: Set<string>;
}

/** Which builds a run reports on, and the files, objects and findings it reports through them. */
export interface BuildSelection {
  cwd: string;
  shard?: Shard;
  /** The files changed since `changedSince` (real paths), when it is given. */
  changed?: ReadonlySet<string>;
  /** The files checked alone (absolute): a finding in one of them is theirs, never left out. */
  aloneFiles: readonly string[];
}

/** The builds of this job (`shard`) and change (`changed`), with what they report. */
export function selectBuilds(kustomizations: KustomizeInputs, selection: BuildSelection): SelectedBuilds {
  const { cwd, shard, changed } = selection;
  const { throughNamed, namedThrough } = kustomizations;
  // with a shard, a named file of another job is checked there
  const namedHere = shard ? new Set(filesOfShard([...namedThrough], shard, cwd)) : namedThrough;
  const namedFilesOf = (build: KustomizeBuild) => [...build.files].filter((file) => namedHere.has(file));
  // a build belongs to the shard of its kustomization file; one checked for a named file to the
  // named file's, so that two overlays reporting on one base file report in one job
  const shardFilesOf = (build: KustomizeBuild) => (throughNamed.has(build) ? namedFilesOf(build) : [build.file]);
  let selectedBuilds = shard ? kustomizations.builds.filter((build) => filesOfShard(shardFilesOf(build), shard, cwd).length > 0) : kustomizations.builds;
  // named files only Components read, none of them used near: a note each, in the named file's job
  let noted = shard ? filesOfShard([...kustomizations.notes.keys()], shard, cwd) : [...kustomizations.notes.keys()];
  if (changed !== undefined) {
    // a build is checked when any file it reads changed
    selectedBuilds = selectedBuilds.filter((build) => filesChanged([...build.files], changed).length > 0);
    noted = filesChanged(noted, changed);
  }
  // the files a build read count as checked (through it), its kustomization file first; a build
  // found near a named file checks only the named files it reads
  const checkedFilesOf = (build: KustomizeBuild) => (throughNamed.has(build) ? namedFilesOf(build) : [build.file, ...build.files]);
  const builtFiles = [...new Set([...selectedBuilds.flatMap(checkedFilesOf), ...noted])].map((file) => displayName(file, cwd));
  const reported = new Set(builtFiles);
  const read = [...new Set(selectedBuilds.flatMap((build) => [build.file, ...build.files]).map((file) => displayName(file, cwd)))];
  const leftOutOfBuilds = new Set(read.filter((name) => !reported.has(name)));
  for (const file of selection.aloneFiles) leftOutOfBuilds.delete(displayName(file, cwd));
  const builtOut = builtOutput(selectedBuilds);
  builtOut.diagnostics = builtOut.diagnostics.filter((d) => !leftOutOfBuilds.has(d.range.file));
  for (const file of noted) builtOut.diagnostics.push(kustomizations.notes.get(file)!);
  // a build's objects count once, at the first file it is checked for (the files it read hold their parts)
  const builtObjects = new Map<string, number>();
  for (const build of selectedBuilds) {
    const at = displayName(checkedFilesOf(build)[0] ?? build.file, cwd);
    builtObjects.set(at, (builtObjects.get(at) ?? 0) + build.resources.length);
  }
  // a build with no object may still have reported (a base's missing resource): its folder is no empty one
  const reporting = new Set(selectedBuilds.filter((build) => build.diagnostics.some((d) => !leftOutOfBuilds.has(d.range.file))).map((build) => displayName(build.file, cwd)));
  return { ...builtOut, files: builtFiles, objects: builtFiles.map((file) => builtObjects.get(file) ?? 0), count: selectedBuilds.filter((build) => !build.isComponent).length, leftOut: leftOutOfBuilds, read, reporting };
}
