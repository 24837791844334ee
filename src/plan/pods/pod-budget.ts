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
  const order = granted.map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n || a.i - b.i);
  let left = Math.max(0, max);
  for (const [k, { n }] of order.entries()) {
    const share = Math.floor(left / (order.length - k));
    if (n <= share) {
      left -= n;
      continue;
    }
    // this workload and all after it (they want more) are cut to the share; the remainder of an
    // uneven split goes to the first of them in input order
    const cut = order.slice(k).map(({ i }) => i).sort((a, b) => a - b);
    let extra = left - share * cut.length;
    for (const i of cut) {
      granted[i] = share + (extra > 0 ? 1 : 0);
      extra--;
    }
    break;
  }
  return granted;
}
