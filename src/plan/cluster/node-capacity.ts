import { DrydockError, parseQuantity, type Quantity } from '../../resources/index.js';

/**
 * What a kind node reports when `--node-capacity` is not given. kind nodes are containers on
 * one host and each reports the whole host; 8 CPU and 16Gi is a typical laptop or CI runner.
 */
export const defaultNodeCapacity = 'cpu=8,memory=16Gi,pods=110,ephemeral-storage=100Gi';

/**
 * Reads `cpu=4,memory=8Gi,pods=110` into allocatable quantities; resources left out keep the
 * default. Throws a usage error on a malformed entry.
 */
export function parseNodeCapacity(text: string = defaultNodeCapacity): Record<string, Quantity> {
  return { ...parseEntries(defaultNodeCapacity), ...parseEntries(text) };
}

function parseEntries(text: string): Record<string, Quantity> {
  const out: Record<string, Quantity> = {};
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [name, value, ...rest] = entry.split('=');
    const quantity = parseQuantity(value?.trim());
    if (!name || rest.length > 0 || !quantity || quantity.mantissa < 0n) {
      throw new DrydockError('usage', `--node-capacity: "${entry}" is not <resource>=<quantity> (e.g. cpu=4,memory=8Gi,pods=110)`);
    }
    out[name.trim()] = quantity;
  }
  return out;
}
