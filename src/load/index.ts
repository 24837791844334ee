import { markdownYamlBlocks } from './markdown-blocks.js';
import { installMarkdownReader } from './markdown-reader.js';

// The library entry reads Markdown synchronously; the validate pipeline imports the modules
// below directly and loads the Markdown parser only for Markdown input (markdown-reader.ts).
installMarkdownReader(markdownYamlBlocks);

export { loadInputs, displayName, defaultMaxFileBytes } from './load-inputs.js';
export type { LoadOptions, LoadResult } from './load-inputs.js';
export { loadText, formatOf } from './load-text.js';
export type { InputFormat, LoadedText, LoadTextOptions } from './load-text.js';
export { loadMarkdownReader } from './markdown-reader.js';
export { loadGitRef, isGitRef } from './git-ref.js';
export { readGitFile } from './git-file.js';
export type { GitFile } from './git-file.js';
