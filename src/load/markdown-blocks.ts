import { fromMarkdown } from 'mdast-util-from-markdown';
import { startsWithManifestKey } from './leading-lines.js';
import type { LineMap } from './source-text.js';

/** A fenced YAML code block of a Markdown file, with the map back to the file's lines. */
export interface MarkdownBlock {
  text: string;
  lineMap: LineMap;
}

// `yaml`, `yml`, `yaml:k8s.yaml` and `yaml title=...` all open a YAML block
const yamlInfo = /^(ya?ml)(?:$|[:{\s])/i;


/** The YAML code blocks of a Markdown document (fences inside quotes and lists included). */
export function markdownYamlBlocks(markdown: string): MarkdownBlock[] {
  const fileLines = markdown.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const blocks: MarkdownBlock[] = [];
  // micromark counts a lone \r as a line break too; drydock's lines end at \n only (LineIndex)
  let counted = { offset: 0, line: 1 };
  // micromark drops a leading byte-order mark, so its offsets start after it
  const bomLength = markdown.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (offset: number) => {
    for (let i = markdown.indexOf('\n', counted.offset); i !== -1 && i < offset; i = markdown.indexOf('\n', i + 1)) counted = { offset: i + 1, line: counted.line + 1 };
    return counted.line;
  };
  visit(fromMarkdown(markdown), (node) => {
    if (node.type !== 'code' || !node.position) return;
    const info = `${node.lang ?? ''}${node.meta ? ` ${node.meta}` : ''}`;
    // a fence without a language that plainly holds a manifest (notes often omit the tag)
    const isManifest = yamlInfo.test(info) || (info === '' && startsWithManifestKey(node.value));
    if (!isManifest || node.value === '') return;
    const contentLines = node.value.split('\n');
    // a fenced block's content starts on the line after its fence, an indented block's on its first line
    const start = (node.position.start.offset ?? 0) + bomLength;
    const isFenced = /^(?:`{3}|~{3})/.test(markdown.slice(start, start + 3));
    const first = lineAt(isFenced ? afterLineBreak(markdown, start) : start);
    const lines = contentLines.map((_, i) => first + i);
    const columnShift = contentLines.map((content, i) => shiftOf(fileLines[first - 1 + i] ?? '', content));
    blocks.push({ text: node.value, lineMap: { lines, columnShift } });
  });
  return blocks;
}

/** The offset after the line break that ends the line at `offset` (`\r\n`, `\n` or a lone `\r`). */
function afterLineBreak(text: string, offset: number): number {
  const end = /\r\n?|\n/g;
  end.lastIndex = offset;
  const found = end.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** How far right the block's line sits in the file: the quote or list prefix that was removed. */
function shiftOf(fileLine: string, content: string): number {
  if (content === '') return 0;
  return fileLine.endsWith(content) ? fileLine.length - content.length : 0;
}

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; offset?: number } };
  children?: MdNode[];
}

// depth-first in document order, with an explicit stack: notes can nest quotes thousands deep
function visit(root: MdNode, fn: (node: MdNode & { value: string }) => void): void {
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === 'string') fn(node as MdNode & { value: string });
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
