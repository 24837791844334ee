import type { SchedulingResult } from '../../plan/index.js';
import type { Palette } from '../colors.js';
/**
 * The scheduling section of a plan for a terminal: placements per workload, Pending Pods with
 * the scheduler's message and drydock's hint, and requests against allocatable per node.
 */
export declare function schedulingTextLines(result: SchedulingResult, palette: Palette): string[];
/** The scheduling section of a plan as Markdown tables. */
export declare function schedulingMarkdownLines(result: SchedulingResult): string[];
