// Prints, per concept drydock implements, how the peers' own fixtures come out: the share of
// `flag` entries drydock flags (recall) and of `clean` entries it flags (false positives).
// Run: npx tsx scripts/conformance-report.ts
import { rules } from '../rules/index.js';
import { firingRules, firingValidation, hasPeers, peerSuite, sharedWithValidation, validationConcepts } from '../test/helpers/conformance.js';

if (!hasPeers) {
  console.log('../shared/conformance is absent: nothing to report');
  process.exit(0);
}
const { entries, conceptMap } = peerSuite();
const ids = new Set(rules.map((r) => r.id));
const stats = new Map<string, { flag: number; caught: number; clean: number; noisy: number }>();
const cache = new Map<string, Set<string>>();
for (const entry of entries) {
  const byValidation = validationConcepts[entry.concept];
  const mapped = byValidation ?? conceptMap[entry.concept] ?? [entry.concept];
  if (!byValidation && !mapped.some((id) => ids.has(id))) continue;
  const cacheKey = `${byValidation ? 'v' : 'r'} ${entry.file}`;
  const fired = cache.get(cacheKey) ?? (byValidation ? await firingValidation(entry.file) : firingRules(entry.file, rules));
  cache.set(cacheKey, fired);
  const row = stats.get(entry.concept) ?? { flag: 0, caught: 0, clean: 0, noisy: 0 };
  // a concept shared with validation counts the validation findings too
  const shared = sharedWithValidation[entry.concept];
  const validated = shared === undefined ? new Set<string>() : await firingValidation(entry.file);
  const didFire = mapped.some((id) => fired.has(id)) || (shared ?? []).some((id) => validated.has(id));
  if (entry.expect === 'flag') {
    row.flag++;
    if (didFire) row.caught++;
  } else {
    row.clean++;
    if (didFire) row.noisy++;
  }
  stats.set(entry.concept, row);
}
const total = { flag: 0, caught: 0, clean: 0, noisy: 0 };
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`);
console.log('| concept | flag entries caught | recall | clean entries flagged | false-positive rate |');
console.log('|---|---|---|---|---|');
for (const [concept, row] of [...stats].sort()) {
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
  console.log(`| ${concept} | ${row.caught}/${row.flag} | ${pct(row.caught, row.flag)} | ${row.noisy}/${row.clean} | ${pct(row.noisy, row.clean)} |`);
}
console.log(`| **all ${stats.size} concepts** | ${total.caught}/${total.flag} | ${pct(total.caught, total.flag)} | ${total.noisy}/${total.clean} | ${pct(total.noisy, total.clean)} |`);
const unimplemented = new Set(entries.map((e) => e.concept).filter((c) => !validationConcepts[c] && !(conceptMap[c] ?? [c]).some((id) => ids.has(id))));
console.log(`\nConcepts in the suite without a drydock rule (${unimplemented.size}): ${[...unimplemented].sort().join(', ')}`);
