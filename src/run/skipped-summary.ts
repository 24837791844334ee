import type { SkippedCounts } from '../load/index.js';

/** `" (skipped: 2 hidden, 1 ignored by the config)"`, or nothing when nothing was skipped. */
export function describeSkipped(skipped: SkippedCounts): string {
  const parts: string[] = [];
  if (skipped.hidden > 0) parts.push(`${skipped.hidden} hidden`);
  if (skipped.nodeModules > 0) parts.push(`${skipped.nodeModules} node_modules`);
  if (skipped.ignored > 0) parts.push(`${skipped.ignored} ignored by the config`);
  if (skipped.outsideRoot > 0) parts.push(`${skipped.outsideRoot} ${skipped.outsideRoot === 1 ? 'link' : 'links'} leading outside the root`);
  return parts.length === 0 ? '' : ` (skipped: ${parts.join(', ')})`;
}
