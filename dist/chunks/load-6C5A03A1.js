import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KustomizationsNear,
  isGitRef,
  kustomizationFoldersNear,
  loadGitRef,
  nearLimits,
  readGitFile
} from "./chunk-BE298A19.js";
import {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  formatOf,
  isKustomizationFileName,
  isTemplateNote,
  kustomizationFileNames,
  loadFile,
  loadInputs,
  loadMarkdownReader,
  loadStdin,
  loadText,
  pathProblem,
  realFolderOf,
  realOrUndefined,
  resolveRoot
} from "./chunk-978ABDAA.js";
import "./chunk-BA0DC00E.js";
import "./chunk-84BF4BE3.js";
import "./chunk-1999B124.js";
import "./chunk-E3B0C442.js";
export {
  KustomizationsNear,
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  formatOf,
  isGitRef,
  isKustomizationFileName,
  isTemplateNote,
  kustomizationFileNames,
  kustomizationFoldersNear,
  loadFile,
  loadGitRef,
  loadInputs,
  loadMarkdownReader,
  loadStdin,
  loadText,
  nearLimits,
  pathProblem,
  readGitFile,
  realFolderOf,
  realOrUndefined,
  resolveRoot
};
