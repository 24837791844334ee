import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clusterDiagnostic,
  clusterFacts,
  clusterFileModel,
  isClusterFile,
  isLiveObject,
  kindClusterModel,
  makePlan,
  maxModelNodes,
  nodesFromDump,
  runningPodsFromDump,
  simulatePlan
} from "./chunk-CAFDC326.js";
import "./chunk-534AFA66.js";
import "./chunk-E3B0C442.js";
export {
  clusterDiagnostic,
  clusterFacts,
  clusterFileModel,
  isClusterFile,
  isLiveObject,
  kindClusterModel,
  makePlan,
  maxModelNodes,
  nodesFromDump,
  runningPodsFromDump,
  simulatePlan
};
