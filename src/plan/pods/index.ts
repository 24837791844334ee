export { expandPods, type ExpandOptions } from './expand-pods.js';
export { daemonPodSpec, daemonRunsOn } from './daemon-set-pods.js';
export { replicaCount, jobPodCount } from './replica-count.js';
export { templateHash } from './template-hash.js';
