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
} from "./chunk-7A909C19.js";
import "./chunk-084AE718.js";
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
