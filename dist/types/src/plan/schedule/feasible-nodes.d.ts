/**
 * How many feasible nodes kube-scheduler looks for before scoring (`numFeasibleNodesToFind`
 * with the default adaptive `percentageOfNodesToScore`): all nodes below 100, else 50% minus
 * 1% per 125 nodes (at least 5%, at least 100 nodes).
 */
export declare function feasibleNodesToFind(nodeCount: number): number;
