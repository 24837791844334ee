/**
 * Whether a file lies under a Helm chart's `templates/` folder: a folder named `templates` whose
 * parent holds a Chart.yaml. Helm renders such files before anything reads them as YAML. `file`
 * is the name diagnostics show (relative to the working directory, or absolute); `holdsChart`
 * tells whether a folder holds a Chart.yaml: on disk by default (one `lstat` per candidate chart
 * folder, remembered for the run), or in a git tree at a ref.
 */
export declare function isInChartTemplates(file: string, holdsChart?: (folder: string) => boolean): boolean;
