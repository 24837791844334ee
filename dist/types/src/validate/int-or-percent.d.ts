import type { JsonPath } from '../resources/index.js';
import { type ApiFinding } from './api-check.js';
/** The number in an int-or-percent (`3` or `"25%"`), or undefined when it is neither. */
export declare function intOrPercentValue(value: unknown): number | undefined;
/** ValidatePositiveIntOrPercent (+ IsNotMoreThan100Percent when `atMost100`). */
export declare function intOrPercentFindings(value: unknown, path: JsonPath, atMost100?: boolean): ApiFinding[];
