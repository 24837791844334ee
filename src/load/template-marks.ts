/**
 * Whether a text has a Go template action (`{{`) outside YAML comments. A `{{` that only stands in
 * comments (`# {{ .Values.x }}`) cannot make a file a template: anyone can write such a comment atop
 * a manifest. Quotes are tracked per line so that `"a # b {{"` counts as outside a comment. The
 * scan is simple on purpose: reading a comment as text only ever makes drydock check more. Each
 * line is scanned once, so a hostile line of `{{` costs linear time.
 */
export function hasTemplateActionOutsideComments(text: string): boolean {
  let at = text.indexOf('{{');
  while (at !== -1) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (at < commentStart(text, lineStart, lineEnd === -1 ? text.length : lineEnd)) return true;
    // everything after a comment's start is comment: go on from the next line
    if (lineEnd === -1) return false;
    at = text.indexOf('{{', lineEnd);
  }
  return false;
}

/** Where a YAML comment starts on the line, or the line's end when it has none. */
function commentStart(text: string, lineStart: number, lineEnd: number): number {
  let quote = '';
  for (let i = lineStart; i < lineEnd; i++) {
    const char = text[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return i;
    }
  }
  return lineEnd;
}
