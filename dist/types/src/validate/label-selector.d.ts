import { type JsonObject, type JsonPath } from '../resources/index.js';
import { type ApiFinding } from './api-check.js';
/** ValidateLabelSelector: keys, values and operators of a metav1.LabelSelector at `path`. */
export declare function labelSelectorFindings(selector: JsonObject, path: JsonPath): ApiFinding[];
/** Whether a LabelSelector selects `labels`; undefined when the selector is malformed. */
export declare function selectorMatches(selector: JsonObject, labels: JsonObject): boolean | undefined;
/** Whether a selector has no requirements (upstream: "empty selector is invalid"). */
export declare function isEmptySelector(selector: JsonObject): boolean;
