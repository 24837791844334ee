import type { PlanFormatter } from './plan-report.js';
/** Every plan format by name (loaded only by `plan`: diagnostics runs never need them). */
export declare const planFormats: {
    text: PlanFormatter;
    json: PlanFormatter;
    markdown: PlanFormatter;
    diff: PlanFormatter;
};
