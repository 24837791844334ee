import type { CommentDirective } from '../resources/index.js';
import type { SourceText } from './source-text.js';

const directivePattern = /#\s*drydock-disable(-next-line)?(?:[ \t]+([^\n#]*))?/;

/**
 * The suppression comments of a YAML stream, per non-empty document (the same numbering as the
 * parsed documents). Documents are told apart by their `---` lines.
 */
export function commentDirectives(source: SourceText): CommentDirective[][] {
  const text = source.text;
  if (!text.includes('drydock-disable')) return [];
  const perDocument: CommentDirective[][] = [];
  let current: CommentDirective[] = [];
  let hasContent = false;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^---(\s|$)/.test(line) || /^\.\.\.\s*$/.test(line)) {
      // comments of a document with no content (above a `---`) belong to the next one
      if (hasContent) {
        perDocument.push(current);
        current = [];
      }
      hasContent = false;
      return;
    }
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) hasContent = true;
    const match = directivePattern.exec(line);
    if (!match) return;
    const rules = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const at = source.positionOf(lineStart + match.index).line;
    const isNextLine = match[1] !== undefined;
    const nextLineStart = lineStart + line.length + 1;
    const targetLine = isNextLine && index + 1 < lines.length ? source.positionOf(nextLineStart).line : undefined;
    current.push({ rules, line: at, ...(isNextLine ? { targetLine: targetLine ?? at + 1 } : {}) });
  });
  if (hasContent) perDocument.push(current);
  return perDocument;
}
