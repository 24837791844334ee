import type { Quantity } from '../../resources/index.js';
/**
 * A quantity as the number the scheduler compares: millicores for cpu, whole units (bytes,
 * Pods, devices) otherwise, rounded up as `resource.Quantity.MilliValue`/`Value` do. Plain
 * numbers stay exact up to 2^53 bytes (8 PiB), far beyond any node.
 */
export declare function toUnits(resource: string, quantity: Quantity): number;
/** Byte-valued resources, shown with binary suffixes. */
export declare function isByteResource(resource: string): boolean;
/** Renders units back as a canonical quantity: `1500m`, `2`, `512Mi`, `110`. */
export declare function formatUnits(resource: string, units: number): string;
