import type { JsonPath } from '../../resources/index.js';
import type { PendingReason } from './scheduling-result.js';

/** Where a Pod would go now, or why it cannot. */
export type Decision =
  | { node: string }
  | { node?: undefined; reason: PendingReason; message: string; hint: string; path?: JsonPath };
