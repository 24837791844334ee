// No side effect on import: the Markdown parser loads only for Markdown input
// (markdown-reader.ts); a caller of the synchronous loadText awaits loadMarkdownReader() first.
export { loadInputs, loadFile, loadStdin, displayName, defaultMaxFileBytes, readFileBounded } from './load-inputs.js';
export type { LoadOptions, LoadResult, StdinReader } from './load-inputs.js';
export { loadText, formatOf, isMarkdownName, isTemplateNote } from './load-text.js';
export type { InputFormat, LoadedText, LoadTextOptions } from './load-text.js';
export { findInputFiles, ignoreMatcher, manifestExtensions, type FolderInput, type InputEntry, type SkippedCounts } from './find-files.js';
export { findKustomizationFile, isKustomizationFileName, kustomizationFileNames } from './kustomization-file.js';
export { KustomizationsNear, kustomizationFoldersNear, nearLimits, type NearLimits } from './kustomizations-near.js';
export { pathProblem, realFolderOf, realOrUndefined, resolveRoot } from './root.js';
export { loadMarkdownReader } from './markdown-reader.js';
export { loadGitFiles, selectGitFiles } from './git-ref.js';
export { isGitRef, GitTree } from './git-tree.js';
export type { KustomizeFiles, PathKind, ReadRefusal } from './kustomize-files.js';
export { readGitFile } from './git-file.js';
export type { GitFile } from './git-file.js';
