import type { PlanFormatter } from './plan-report.js';
/**
 * Every plan format by name (loaded only by `plan`: diagnostics runs never need them). report/index.ts
 * indexes this object with each `PlanFormat`, so a name without a formatter does not compile.
 */
export declare const planFormats: {
    text: PlanFormatter;
    json: PlanFormatter;
    markdown: PlanFormatter;
    diff: PlanFormatter;
};
