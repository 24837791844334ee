import type { Quantity } from '../../resources/index.js';

/**
 * A quantity as the number the scheduler compares: millicores for cpu, whole units (bytes,
 * Pods, devices) otherwise, rounded up as `resource.Quantity.MilliValue`/`Value` do. Plain
 * numbers stay exact up to 2^53 bytes (8 PiB), far beyond any node.
 */
export function toUnits(resource: string, quantity: Quantity): number {
  const exponent = quantity.exponent + (resource === 'cpu' ? 3 : 0);
  if (exponent >= 0) return Number(quantity.mantissa * 10n ** BigInt(exponent));
  const divisor = 10n ** BigInt(-exponent);
  const whole = quantity.mantissa / divisor;
  return Number(quantity.mantissa % divisor > 0n ? whole + 1n : whole);
}

const binarySuffixes: [string, number][] = [['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]];

/** Byte-valued resources, shown with binary suffixes. */
export function isByteResource(resource: string): boolean {
  return resource === 'memory' || resource === 'ephemeral-storage' || resource.startsWith('hugepages-');
}

/** Renders units back as a canonical quantity: `1500m`, `2`, `512Mi`, `110`. */
export function formatUnits(resource: string, units: number): string {
  if (resource === 'cpu') return units % 1000 === 0 ? String(units / 1000) : `${units}m`;
  if (isByteResource(resource) && units > 0) {
    for (const [suffix, size] of binarySuffixes) if (units % size === 0) return `${units / size}${suffix}`;
  }
  return String(units);
}
