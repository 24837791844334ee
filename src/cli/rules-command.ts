import { Command } from 'commander';
import { DrydockError, listRules, ruleDocsUrl, type Rule, ExitCode } from '../index.js';
import type { CliIo } from './io.js';

/** `drydock rules [id]`: list the best-practice rules, or explain one. */
export function rulesCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('rules')
    .description('list the best-practice rules, or explain one')
    .argument('[id]', 'a rule id')
    .option('-f, --format <name>', 'text or json', 'text')
    .action(async (id: string | undefined, flags: { format: string }) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new DrydockError('unknown-format', `unknown format "${flags.format}" (text, json)`);
      const rules = await listRules();
      const chosen = id === undefined ? rules : rules.filter((rule) => rule.id === id);
      if (id !== undefined && chosen.length === 0) throw new DrydockError('usage', `unknown rule "${id}" (drydock rules lists them)`);
      if (flags.format === 'json') io.stdout(`${JSON.stringify(chosen.map(describeRule), null, 2)}\n`);
      else io.stdout(id === undefined ? listing(chosen) : explanation(chosen[0]));
      setExit(ExitCode.ok);
    });
}

function describeRule(rule: Rule<string, unknown>) {
  return {
    id: rule.id,
    severity: rule.severity,
    preset: rule.preset,
    category: rule.category,
    kinds: rule.kinds,
    summary: rule.summary,
    rationale: rule.rationale,
    fix: rule.fix,
    peers: rule.peers ?? {},
    options: rule.options?.schema.properties ?? {},
    docs: ruleDocsUrl(rule.id),
  };
}

function listing(rules: readonly Rule<string, unknown>[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const rows = [...rules]
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.preset.padEnd(11)}  ${r.category.padEnd(13)}  ${r.summary}`);
  return `${[`${'id'.padEnd(width)}  severity preset       category       summary`, ...rows].join('\n')}\n`;
}

function explanation(rule: Rule<string, unknown>): string {
  const options = Object.entries(rule.options?.schema.properties ?? {}).map(([name, schema]) => `  ${name}: ${schema.description}`);
  return [
    `${rule.id} (${rule.severity}, ${rule.category}, preset: ${rule.preset})`,
    '',
    rule.summary,
    '',
    `Why: ${rule.rationale}`,
    '',
    `Fix: ${rule.fix}`,
    '',
    `Kinds: ${rule.kinds.join(', ')}`,
    ...(options.length ? ['', 'Options:', ...options] : []),
    '',
    `Docs: ${ruleDocsUrl(rule.id)}`,
    '',
  ].join('\n');
}
