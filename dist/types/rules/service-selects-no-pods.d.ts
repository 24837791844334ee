import { type SelectionReportWhen } from '../src/resources/index.js';
declare const _default: import("../src/lint/rule-api.js").Rule<"noPods", {
    reportWhen: SelectionReportWhen;
}>;
export default _default;
