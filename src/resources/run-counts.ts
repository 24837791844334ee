/** How many entries a search for input files passed over, by reason (a skipped folder counts once). */
export interface SkippedCounts {
  /** Hidden files and folders met in a folder walk (`.git` is not counted: it is never input). */
  hidden: number;
  /** `node_modules` folders met in a folder walk. */
  nodeModules: number;
  /** Files and folders matched by the config's `ignore`. */
  ignored: number;
  /** Links that lead outside the root or into `.git`. */
  outsideRoot: number;
}

/** What one run checked and what it passed over, for the line that ends a run's report. */
export interface RunCounts {
  /** Files read (standard input counts as one). */
  files: number;
  /** Kubernetes objects checked (a `kind: List` counts its items). */
  objects: number;
  /** Kustomizations built into objects (0 until runs build kustomizations). */
  kustomizationsBuilt: number;
  /** Go/Helm templates skipped (documents, or whole files under a chart's `templates/`). */
  templates: number;
  /** Other documents skipped as not Kubernetes objects (kustomizations, chart files, tool configs). */
  notManifests: number;
  /** What the search for files passed over. */
  skipped: SkippedCounts;
}

/** No entries skipped. */
export function noneSkipped(): SkippedCounts {
  return { hidden: 0, nodeModules: 0, ignored: 0, outsideRoot: 0 };
}

/** `" (skipped: 2 hidden, 1 ignored by the config)"`, or nothing when nothing was skipped. */
export function describeSkipped(skipped: SkippedCounts): string {
  const parts = skippedParts(skipped);
  return parts.length === 0 ? '' : ` (skipped: ${parts.join(', ')})`;
}

/**
 * The summary of a run: `42 files, 118 objects checked (3 kustomizations built; skipped: 2
 * templates, 1 hidden)`. Each count is shown only when it is above 0, except files and objects.
 */
export function describeRun(counts: RunCounts): string {
  const built = counts.kustomizationsBuilt > 0 ? [plural(counts.kustomizationsBuilt, 'kustomization', 'kustomizations') + ' built'] : [];
  const skipped = [
    ...(counts.templates > 0 ? [plural(counts.templates, 'template', 'templates')] : []),
    ...(counts.notManifests > 0 ? [`${counts.notManifests} not ${counts.notManifests === 1 ? 'a Kubernetes object' : 'Kubernetes objects'}`] : []),
    ...skippedParts(counts.skipped),
  ];
  const details = [...built, ...(skipped.length > 0 ? [`skipped: ${skipped.join(', ')}`] : [])];
  const checked = `${plural(counts.files, 'file', 'files')}, ${plural(counts.objects, 'object', 'objects')} checked`;
  return details.length === 0 ? checked : `${checked} (${details.join('; ')})`;
}

function skippedParts(skipped: SkippedCounts): string[] {
  const parts: string[] = [];
  if (skipped.hidden > 0) parts.push(`${skipped.hidden} hidden`);
  if (skipped.nodeModules > 0) parts.push(`${skipped.nodeModules} node_modules`);
  if (skipped.ignored > 0) parts.push(`${skipped.ignored} ignored by the config`);
  if (skipped.outsideRoot > 0) parts.push(`${plural(skipped.outsideRoot, 'link', 'links')} leading outside the root`);
  return parts;
}

/** `1 object`, `3 objects`: a count with its noun in the right number. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
