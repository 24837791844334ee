import { type JsonObject, type Resource } from '../../resources/index.js';
import type { Rollout } from './rollout.js';
import type { PlanRolloutOptions } from './rollout-context.js';
/**
 * How applying `after` over `before` (the live or base object; undefined for a create) rolls
 * Pods out, as a step table. Undefined when neither the pod template nor the replica count
 * changed, or the kind has no rollout. A create is a scale-up from 0. With `surgeFits`, the
 * first step whose extra Pods do not fit the cluster is the stall.
 */
export declare function planRollout(before: JsonObject | undefined, after: Resource, options: PlanRolloutOptions): Rollout | undefined;
