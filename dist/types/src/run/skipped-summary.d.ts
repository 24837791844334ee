import type { SkippedCounts } from '../load/index.js';
/** `" (skipped: 2 hidden, 1 ignored by the config)"`, or nothing when nothing was skipped. */
export declare function describeSkipped(skipped: SkippedCounts): string;
