import { planDiff } from './plan-diff.js';
import { planJson } from './plan-json.js';
import { planMarkdown } from './plan-markdown.js';
import type { PlanFormatter } from './plan-report.js';
import { planText } from './plan-text.js';

/**
 * Every plan format by name (loaded only by `plan`: diagnostics runs never need them). report/index.ts
 * indexes this object with each `PlanFormat`, so a name without a formatter does not compile.
 */
export const planFormats = { text: planText, json: planJson, markdown: planMarkdown, diff: planDiff } satisfies Record<string, PlanFormatter>;
