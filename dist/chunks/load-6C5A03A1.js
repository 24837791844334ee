import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitTree,
  KustomizationsNear,
  isGitRef,
  kustomizationFoldersNear,
  loadGitFiles,
  nearLimits,
  readGitFile,
  selectGitFiles
} from "./chunk-4C299840.js";
import {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  formatOf,
  ignoreMatcher,
  isKustomizationFileName,
  isMarkdownName,
  isTemplateNote,
  kustomizationFileNames,
  loadFile,
  loadInputs,
  loadMarkdownReader,
  loadStdin,
  loadText,
  manifestExtensions,
  pathProblem,
  readFileBounded,
  realFolderOf,
  realOrUndefined,
  resolveRoot
} from "./chunk-6BE7FF14.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import "./chunk-084AE718.js";
import "./chunk-E3B0C442.js";
export {
  GitTree,
  KustomizationsNear,
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  formatOf,
  ignoreMatcher,
  isGitRef,
  isKustomizationFileName,
  isMarkdownName,
  isTemplateNote,
  kustomizationFileNames,
  kustomizationFoldersNear,
  loadFile,
  loadGitFiles,
  loadInputs,
  loadMarkdownReader,
  loadStdin,
  loadText,
  manifestExtensions,
  nearLimits,
  pathProblem,
  readFileBounded,
  readGitFile,
  realFolderOf,
  realOrUndefined,
  resolveRoot,
  selectGitFiles
};
