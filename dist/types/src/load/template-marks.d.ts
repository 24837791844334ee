/**
 * Whether a text has a Go template action (`{{`) outside YAML comments. A `{{` that only stands in
 * comments (`# {{ .Values.x }}`) cannot make a file a template: anyone can write such a comment atop
 * a manifest. Quotes are tracked per line so that `"a # b {{"` counts as outside a comment. The
 * scan is simple on purpose: reading a comment as text only ever makes drydock check more. Each
 * line is scanned once, so a hostile line of `{{` costs linear time.
 */
export declare function hasTemplateActionOutsideComments(text: string): boolean;
