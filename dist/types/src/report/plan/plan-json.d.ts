import type { PlanFormatter } from './plan-report.js';
/** The version of the plan JSON (docs/plan-json.md); bumped only on incompatible changes. */
export declare const planJsonVersion = 1;
/** The plan as versioned JSON, for the Action's `plan-json` output and other tools. */
export declare const planJson: PlanFormatter;
