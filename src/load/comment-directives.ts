import type { CommentDirective } from '../resources/index.js';
import type { SourceText } from './source-text.js';

const directivePattern = /#\s*drydock-disable(-next-line)?(?:[ \t]+([^\n#]*))?/;

/**
 * The suppression comments of a YAML stream, per non-empty document (the same numbering as the
 * parsed documents). Documents are told apart by their `---` lines.
 */
export function commentDirectives(source: SourceText): CommentDirective[][] {
  return scanDirectives(source).perDocument;
}

/**
 * The suppression comments of a patch's documents (a kustomize patch file, or a patch written
 * inline): they name their file, and a whole-document one the lines of its document, since a
 * patch's comment acts only on findings in what the patch wrote (see `CommentDirective`).
 */
export function patchDirectives(source: SourceText): CommentDirective[][] {
  const { perDocument, spans } = scanDirectives(source);
  return perDocument.map((directives, i) => directives.map((directive) => ({ ...directive, file: source.file, ...(directive.targetLine === undefined ? { lines: spans[i]! } : {}) })));
}

function scanDirectives(source: SourceText): { perDocument: CommentDirective[][]; spans: { first: number; last: number }[] } {
  const text = source.text;
  if (!text.includes('drydock-disable')) return { perDocument: [], spans: [] };
  const perDocument: CommentDirective[][] = [];
  const spans: { first: number; last: number }[] = [];
  let current: CommentDirective[] = [];
  let hasContent = false;
  let offset = 0;
  let first = 1;
  let last = 1;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (/^---(\s|$)/.test(line) || /^\.\.\.\s*$/.test(line)) {
      // comments of a document with no content (above a `---`) belong to the next one
      if (hasContent) {
        perDocument.push(current);
        spans.push({ first, last });
        current = [];
        first = source.positionOf(offset).line;
      }
      hasContent = false;
      return;
    }
    last = source.positionOf(lineStart).line;
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
  if (hasContent) {
    perDocument.push(current);
    spans.push({ first, last });
  }
  return { perDocument, spans };
}
