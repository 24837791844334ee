import { Command } from 'commander';
import { DrydockError, ExitCode, listRules, type Rule, ruleDocsUrl } from '../index.js';
import { loadDiagnosticCatalog, type DiagnosticExplanation } from '../run/index.js';
import type { CliIo } from './io.js';

/** `drydock rules [id]`: list the best-practice rules, or explain any id drydock prints. */
export function rulesCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('rules')
    .description('list the best-practice rules, or explain any id drydock prints (a rule, schema, api/*, yaml/*, input/*, plan/*, ...)')
    .argument('[id]', 'a rule or diagnostic id')
    .option('-f, --format <name>', 'text or json', 'text')
    .action(async (id: string | undefined, flags: { format: string }) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new DrydockError('unknown-format', `unknown format "${flags.format}" (text, json)`);
      const rules = await listRules();
      const chosen = id === undefined ? rules : rules.filter((rule) => rule.id === id);
      if (id !== undefined && chosen.length === 0) {
        const { catalogIds, closestIds, explainDiagnostic } = await loadDiagnosticCatalog();
        const explained = explainDiagnostic(id);
        if (explained === undefined) throw new DrydockError('usage', unknownId(id, [...rules.map((rule) => rule.id), ...catalogIds()], closestIds));
        io.stdout(flags.format === 'json' ? `${JSON.stringify([describeDiagnostic(explained)], null, 2)}\n` : diagnosticExplanation(explained));
        setExit(ExitCode.ok);
        return;
      }
      if (flags.format === 'json') io.stdout(`${JSON.stringify(chosen.map(describeRule), null, 2)}\n`);
      else {
        // with an id, chosen holds its rule (an unknown id returned above)
        const [rule] = chosen;
        io.stdout(id === undefined || !rule ? listing(chosen) : explanation(rule));
      }
      setExit(ExitCode.ok);
    });
}

/** "unknown id", with the closest ids drydock knows. */
function unknownId(id: string, known: readonly string[], closestIds: (id: string, known: readonly string[]) => string[]): string {
  const closest = closestIds(id, known);
  const hint = closest.length === 0 ? '' : `; did you mean ${closest.map((c) => `"${c}"`).join(', ')}?`;
  return `unknown rule or diagnostic id "${id}"${hint} (drydock rules lists the rules; docs/diagnostics.md the other ids)`;
}

function describeDiagnostic(entry: DiagnosticExplanation) {
  return { id: entry.id, severity: entry.severity ?? null, cause: entry.cause, fix: entry.fix ?? null, docs: entry.url };
}

function diagnosticExplanation(entry: DiagnosticExplanation): string {
  return [
    entry.severity === undefined ? entry.id : `${entry.id} (${entry.severity})`,
    '',
    entry.cause,
    ...(entry.fix === undefined ? [] : ['', `Fix: ${entry.fix}`]),
    '',
    `Docs: ${entry.url}`,
    '',
  ].join('\n');
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
