import { lstatSync } from 'node:fs';
import path from 'node:path';

const chartFolders = new Map<string, boolean>();

/**
 * Whether a file lies under a Helm chart's `templates/` folder: a folder named `templates` whose
 * parent holds a Chart.yaml. Helm renders such files before anything reads them as YAML. `file`
 * is the name diagnostics show (relative to the working directory, or absolute); `holdsChart`
 * tells whether a folder holds a Chart.yaml: on disk by default (one `lstat` per candidate chart
 * folder, remembered for the run), or in a git tree at a ref.
 */
export function isInChartTemplates(file: string, holdsChart: (folder: string) => boolean = hasChartFile): boolean {
  if (file === '<stdin>') return false;
  const parts = path.resolve(file).split(path.sep);
  // the file itself is the last part; a `templates` folder is any part before it
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] === 'templates' && holdsChart(parts.slice(0, i).join(path.sep) || path.sep)) return true;
  }
  return false;
}

/** Whether a folder on disk holds a Chart.yaml (a file or a link). */
function hasChartFile(folder: string): boolean {
  let known = chartFolders.get(folder);
  if (known === undefined) {
    known = isFileOrLink(path.join(folder, 'Chart.yaml'));
    chartFolders.set(folder, known);
  }
  return known;
}

function isFileOrLink(file: string): boolean {
  try {
    const stats = lstatSync(file);
    return stats.isFile() || stats.isSymbolicLink();
  } catch {
    return false;
  }
}
