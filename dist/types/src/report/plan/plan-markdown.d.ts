import type { PlanFormatter } from './plan-report.js';
/** GitHub's job summary and comment limit is 1 MiB; stay below it with room for a note. */
export declare const maxMarkdownBytes: number;
/** Joins sections until the byte budget is spent, then says what was left out. */
export declare function withinBudget(sections: readonly string[][], budget?: number): string;
/** The plan for a pull-request comment or a job summary: summary heading, table, collapsible diffs. */
export declare const planMarkdown: PlanFormatter;
