export { loadInputs, displayName, defaultMaxFileBytes } from './load-inputs.js';
export type { LoadOptions, LoadResult } from './load-inputs.js';
export { loadText, formatOf } from './load-text.js';
export type { InputFormat, LoadedText } from './load-text.js';
export { findInputs } from './find-files.js';
