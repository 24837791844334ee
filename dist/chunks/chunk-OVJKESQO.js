import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/plan/cluster/resource-units.ts
function toUnits(resource, quantity) {
  const exponent = quantity.exponent + (resource === "cpu" ? 3 : 0);
  if (exponent >= 0) return Number(quantity.mantissa * 10n ** BigInt(exponent));
  const divisor = 10n ** BigInt(-exponent);
  const whole = quantity.mantissa / divisor;
  return Number(quantity.mantissa % divisor > 0n ? whole + 1n : whole);
}
var binarySuffixes = [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]];
function isByteResource(resource) {
  return resource === "memory" || resource === "ephemeral-storage" || resource.startsWith("hugepages-");
}
function formatUnits(resource, units) {
  if (resource === "cpu") return units % 1e3 === 0 ? String(units / 1e3) : `${units}m`;
  if (isByteResource(resource) && units > 0) {
    for (const [suffix, size] of binarySuffixes) if (units % size === 0) return `${units / size}${suffix}`;
  }
  return String(units);
}

export {
  toUnits,
  formatUnits
};
