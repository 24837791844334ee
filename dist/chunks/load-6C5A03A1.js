import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findInputs,
  formatOf,
  isGitRef,
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
} from "./chunk-F15CCBC6.js";
import "./chunk-BA0DC00E.js";
import "./chunk-61A2E545.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  defaultMaxFileBytes,
  displayName,
  findInputFiles,
  findInputs,
  formatOf,
  isGitRef,
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
