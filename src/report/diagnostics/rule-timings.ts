/** The slowest rules of a timed lint run as a table, like ESLint's `TIMING=1`; `rows` of them, all when undefined. */
export function formatRuleTimings(timings: ReadonlyMap<string, number>, rows?: number): string {
  const total = [...timings.values()].reduce((sum, ms) => sum + ms, 0);
  const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const width = Math.max(9, ...slowest.map(([id]) => id.length));
  const lines = slowest.map(([id, ms]) => `${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${total > 0 ? ((100 * ms) / total).toFixed(1).padStart(5) : '  0.0'}%`);
  return [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`, ...lines, `${'all rules'.padEnd(width)} | ${total.toFixed(1).padStart(9)} |`].join('\n') + '\n';
}
