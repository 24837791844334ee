import type { Rule } from '../src/lint/rule-api.js';
/** Every best-practice rule, by id order. */
export declare const rules: readonly Rule<string, unknown>[];
