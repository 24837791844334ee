import { type JsonPath } from '../resources/index.js';
import { type ApiFinding } from './api-check.js';
/** ValidatePositiveIntOrPercent (+ IsNotMoreThan100Percent when `atMost100`). */
export declare function intOrPercentFindings(value: unknown, path: JsonPath, atMost100?: boolean): ApiFinding[];
