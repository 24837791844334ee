// Counts, per rule, the findings of `drydock lint --extends all` on ../shared/corpus and how many
// workloads each rule fires on, to choose severities and the recommended preset.
// Run: npx tsx scripts/corpus-rule-counts.ts
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../src/index.js';
import { defaultConfig } from '../src/config/index.js';
import { rules } from '../rules/index.js';
import { isKindOf, workloadKinds } from '../src/resources/index.js';

const isWorkloadKind = (kind: string) => isKindOf(workloadKinds, kind);

const corpus = path.resolve('../shared/corpus');
if (!existsSync(corpus)) {
  console.log('../shared/corpus is absent');
  process.exit(0);
}
const config = { ...defaultConfig(corpus), extends: 'all' };
const result = await lint({ paths: ['.'], cwd: corpus, config });
const workloads = [...result.resources].filter((r) => isWorkloadKind(r.kind)).length;
const byRule = new Map<string, { findings: number; objects: Set<string> }>();
for (const d of result.diagnostics) {
  if (!rules.some((r) => r.id === d.ruleId)) continue;
  const row = byRule.get(d.ruleId) ?? { findings: 0, objects: new Set<string>() };
  row.findings++;
  row.objects.add(`${d.range.file} ${d.resource?.kind}/${d.resource?.namespace ?? ''}/${d.resource?.name}`);
  byRule.set(d.ruleId, row);
}
console.log(`corpus: ${result.resources.size} objects, ${workloads} workloads\n`);
console.log('| rule | preset | severity | findings | objects flagged | share of workloads |');
console.log('|---|---|---|---|---|---|');
for (const rule of [...rules].sort((a, b) => (byRule.get(b.id)?.objects.size ?? 0) - (byRule.get(a.id)?.objects.size ?? 0))) {
  const row = byRule.get(rule.id);
  const objects = row?.objects.size ?? 0;
  const share = rule.kinds.some(isWorkloadKind) ? `${((100 * objects) / workloads).toFixed(0)}%` : '—';
  console.log(`| ${rule.id} | ${rule.preset} | ${rule.severity} | ${row?.findings ?? 0} | ${objects} | ${share} |`);
}
