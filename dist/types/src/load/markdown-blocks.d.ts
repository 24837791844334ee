import type { LineMap } from './source-text.js';
/** A fenced YAML code block of a Markdown file, with the map back to the file's lines. */
export interface MarkdownBlock {
    text: string;
    lineMap: LineMap;
}
/** The YAML code blocks of a Markdown document (fences inside quotes and lists included). */
export declare function markdownYamlBlocks(markdown: string): MarkdownBlock[];
