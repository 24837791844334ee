import { type Quantity } from '../../resources/index.js';
/**
 * What a kind node reports when `--node-capacity` is not given. kind nodes are containers on
 * one host and each reports the whole host; 8 CPU and 16Gi is a typical laptop or CI runner.
 */
export declare const defaultNodeCapacity = "cpu=8,memory=16Gi,pods=110,ephemeral-storage=100Gi";
/**
 * Reads `cpu=4,memory=8Gi,pods=110` into allocatable quantities; resources left out keep the
 * default. Throws a usage error on a malformed entry.
 */
export declare function parseNodeCapacity(text?: string): Record<string, Quantity>;
