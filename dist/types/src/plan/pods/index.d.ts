export { expandPods, expandPodsWithCuts, type ExpandOptions, type ExpandedPods, type CutWorkload } from './expand-pods.js';
export { defaultMaxPods, sharePods } from './pod-budget.js';
export { daemonPodSpec, daemonRunsOn } from './daemon-set-pods.js';
export { replicaCount, jobPodCount } from './replica-count.js';
export { templateHash } from './template-hash.js';
