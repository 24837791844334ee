import type { MarkdownBlock } from './markdown-blocks.js';

type ReadBlocks = (markdown: string) => MarkdownBlock[];

// The Markdown parser (micromark, ~150 KB of bundle) is loaded only when Markdown input is read,
// so a run over YAML and JSON files never pays for it. The library entry (load/index.ts)
// installs it up front, for callers of the synchronous loadText.
let readBlocks: ReadBlocks | undefined;

/** Makes `read` the Markdown reader, for callers that import the parser statically. */
export function installMarkdownReader(read: ReadBlocks): void {
  readBlocks = read;
}

/** Imports the Markdown parser, once; call before `loadText` reads a Markdown text. */
export async function loadMarkdownReader(): Promise<void> {
  readBlocks ??= (await import('./markdown-blocks.js')).markdownYamlBlocks;
}

/** The YAML code blocks of a Markdown document; the reader must be loaded or installed first. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  if (!readBlocks) throw new Error('the Markdown reader is not loaded: await loadMarkdownReader() before reading Markdown');
  return readBlocks(markdown);
}
