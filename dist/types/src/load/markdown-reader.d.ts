import type { MarkdownBlock } from './markdown-blocks.js';
type ReadBlocks = (markdown: string) => MarkdownBlock[];
/** Makes `read` the Markdown reader, for callers that import the parser statically. */
export declare function installMarkdownReader(read: ReadBlocks): void;
/** Imports the Markdown parser, once; call before `loadText` reads a Markdown text. */
export declare function loadMarkdownReader(): Promise<void>;
/** The YAML code blocks of a Markdown document; the reader must be loaded or installed first. */
export declare function markdownBlocks(markdown: string): MarkdownBlock[];
export {};
