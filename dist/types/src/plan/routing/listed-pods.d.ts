/**
 * How many Pods routing lists per list: a Service port's endpoints, a Service's selected and
 * ready Pods, the Pods a named `targetPort` misses, a headless Service's Pod DNS names. Each
 * list also has its exact count, so states and findings stay exact. Without the cap, 1,000
 * Services over one 10,000-replica Deployment would hold and print 10 million endpoints.
 */
export declare const maxListedPods = 100;
