import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isGitRef,
  loadGitRef,
  readGitFile
} from "./chunk-E51DD623.js";
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
import "./chunk-08045A4E.js";
import "./chunk-E3B0C442.js";
export {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findKustomizationFile,
  formatOf,
  isGitRef,
  isKustomizationFileName,
  isTemplateNote,
  kustomizationFileNames,
  loadFile,
  loadGitRef,
  loadInputs,
  loadMarkdownReader,
  loadStdin,
  loadText,
  pathProblem,
  readGitFile,
  realFolderOf,
  realOrUndefined,
  resolveRoot
};
