/** How many Pods a plan simulates at most, by default: a 2147483647-replica Deployment must not be expanded. */
export const defaultMaxPods = 10_000;

/**
 * Shares `max` Pods among workloads that want `wanted[i]` each, so that small workloads are
 * simulated whole and only the largest are cut: each gets an equal share, and what a small one
 * leaves goes to the others (water-filling). Returns the Pods granted to each workload.
 */
export function sharePods(wanted: readonly number[], max: number): number[] {
  const granted = wanted.map((n) => Math.max(0, n));
  let total = 0;
  for (const n of granted) total += n;
  if (total <= max) return granted;
  const order = granted.map((_, i) => i).sort((a, b) => granted[a] - granted[b] || a - b);
  let left = Math.max(0, max);
  for (let k = 0; k < order.length; k++) {
    const share = Math.floor(left / (order.length - k));
    if (granted[order[k]] <= share) {
      left -= granted[order[k]];
      continue;
    }
    // this workload and all after it (they want more) are cut to the share; the remainder of an
    // uneven split goes to the first of them in input order
    const cut = order.slice(k).sort((a, b) => a - b);
    let extra = left - share * cut.length;
    for (const i of cut) {
      granted[i] = share + (extra > 0 ? 1 : 0);
      extra--;
    }
    break;
  }
  return granted;
}
