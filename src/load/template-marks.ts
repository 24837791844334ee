/**
 * Whether a text has a Go template action (`{{`) outside YAML comments. A `{{` that only stands in
 * comments (`# {{ .Values.x }}`) cannot make a file a template: anyone can write such a comment atop
 * a manifest. Quotes are tracked per line so that `"a # b {{"` counts as outside a comment. The
 * scan is simple on purpose: reading a comment as text only ever makes drydock check more.
 */
export function hasTemplateActionOutsideComments(text: string): boolean {
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', at + 2)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (!isInComment(text, lineStart, at)) return true;
  }
  return false;
}

/** Whether a YAML comment starts on the line between `lineStart` and `at`. */
function isInComment(text: string, lineStart: number, at: number): boolean {
  let quote = '';
  for (let i = lineStart; i < at; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return true;
    }
  }
  return false;
}
