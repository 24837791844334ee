// Measures each default-on (recommended) rule on ../shared/corpus: findings, files, and the false
// findings judged by hand in test/corpus/rule-judgements.tsv. Per rule, all findings are judged
// when there are at most 40, else a sample of 40 drawn with a seed made from the rule's id, so
// that the sample is the same on every run. Prints the table, then the sampled findings that have
// no judgement yet (to judge and add to the file).
// Run: npm run precision            (add --all to measure every rule, not only the default-on ones)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../src/index.js';
import { defaultConfig } from '../src/config/index.js';
import { rules } from '../rules/index.js';

const corpus = path.resolve('../shared/corpus');
const judgementsFile = path.resolve('test/corpus/rule-judgements.tsv');
const sampleSize = 40;
const maxFalseShare = 0.05;

interface Finding { rule: string; file: string; line: number; message: string }
interface Judgement { verdict: 'true' | 'false'; reason: string }

if (!existsSync(corpus)) {
  console.log('../shared/corpus is absent');
  process.exit(0);
}
const all = process.argv.includes('--all');
const measured = rules.filter((rule) => all || rule.preset === 'recommended');
const config = { ...defaultConfig(corpus), extends: all ? 'all' : 'recommended' };
const result = await lint({ paths: ['.'], cwd: corpus, config });

const findings = new Map<string, Finding[]>(measured.map((rule) => [rule.id, []]));
for (const d of result.diagnostics) {
  findings.get(d.ruleId)?.push({ rule: d.ruleId, file: d.range.file, line: d.range.start.line, message: d.message });
}

const judgements = readJudgements();
const unjudged: Finding[] = [];
const rows: string[] = [];
let failing = 0;
for (const rule of measured) {
  const list = (findings.get(rule.id) ?? []).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const sample = sampleOf(list, rule.id);
  let judgedFalse = 0;
  let judged = 0;
  for (const finding of sample) {
    const judgement = judgements.get(keyOf(finding));
    if (!judgement) unjudged.push(finding);
    else {
      judged++;
      if (judgement.verdict === 'false') judgedFalse++;
    }
  }
  const share = judged === 0 ? 0 : judgedFalse / judged;
  if (share > maxFalseShare) failing++;
  const files = new Set(list.map((f) => f.file)).size;
  rows.push(`| ${rule.id} | ${list.length} | ${files} | ${judged}/${sample.length} | ${judgedFalse} | ${(100 * share).toFixed(0)}%${share > maxFalseShare ? ' ✗' : ''} |`);
}

console.log(`corpus: ${result.resources.size} objects; ${measured.length} rules${all ? '' : ' on by default'}\n`);
console.log('| rule | findings | files | judged/sampled | false | false share |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`\n${failing} rule(s) over ${100 * maxFalseShare}% false findings; ${unjudged.length} sampled finding(s) not judged yet`);
for (const f of unjudged) console.log(`${f.rule}\t${f.file}\t${f.line}\t?\t${f.message}`);

function keyOf(f: { rule: string; file: string; line: number }): string {
  return `${f.rule}\t${f.file}\t${f.line}`;
}

/** rule, file, line, verdict (`true`: the rule's claim holds; `false`: it is wrong for that object), reason. */
function readJudgements(): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  if (!existsSync(judgementsFile)) return out;
  for (const line of readFileSync(judgementsFile, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [rule = '', file = '', lineNumber, verdict, reason = ''] = line.split('\t');
    if (verdict !== 'true' && verdict !== 'false') throw new Error(`${judgementsFile}: bad verdict in: ${line}`);
    out.set(keyOf({ rule, file, line: Number(lineNumber) }), { verdict, reason });
  }
  return out;
}

/** All findings when few, else a fixed-seed random sample (mulberry32, seeded by the rule id). */
function sampleOf(list: Finding[], ruleId: string): Finding[] {
  if (list.length <= sampleSize) return list;
  let seed = [...ruleId].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // a Fisher-Yates shuffle of the findings, then the first ones back in their order
  const indices = list.map((_, i) => i);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, sampleSize).sort((a, b) => a - b).map((i) => list[i]!);
}
