/** The plan formats (text, json, markdown, diff); report/index.ts loads them on first use. */
export { planFormats } from './plan-formats.js';
export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan-report.js';
