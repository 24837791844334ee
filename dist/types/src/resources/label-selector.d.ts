/** Labels as Kubernetes stores them. */
export type Labels = Readonly<Record<string, string>>;
/**
 * Whether a `metav1.LabelSelector` (matchLabels and matchExpressions) selects `labels`. An empty
 * selector selects everything, as the API server reads it; a malformed one selects nothing.
 */
export declare function selectorMatches(selector: unknown, labels: Labels): boolean;
/** Whether a plain label map (a Service's `spec.selector`) selects `labels`: every pair must be present. */
export declare function mapMatches(selector: Readonly<Record<string, unknown>>, labels: Labels): boolean;
/** A label map read from a manifest: only string-valued entries count. */
export declare function labelsOf(value: unknown): Labels;
