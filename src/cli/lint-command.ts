import { Option, type Command } from 'commander';
import { formatRuleTimings, lint } from '../index.js';
import { parseRuleFlags } from '../run/index.js';
import { checkCommand, type CheckFlags } from './check-command.js';
import { inputsOfFlags, namespaceOption } from './common-options.js';
import type { CliIo } from './io.js';

interface LintFlags extends CheckFlags {
  rule?: string[];
  namespace?: string;
  reportUnusedDisableDirectives?: boolean;
  cluster?: string[];
  nodeCapacity?: string;
}

/** `drydock lint [paths...]`: everything `validate` reports, plus the best-practice rules. */
export function lintCommand(io: CliIo, setExit: (code: number) => void): Command {
  return checkCommand<LintFlags>(
    'lint',
    'validate, then check best practices (drydock rules lists them)',
    io,
    setExit,
    async (paths, flags, common) => {
      const timings = io.env.DRYDOCK_TIMING ? new Map<string, number>() : undefined;
      const result = await lint({
        ...inputsOfFlags(paths, flags, io),
        ...common,
        rules: parseRuleFlags(flags.rule ?? []),
        namespace: flags.namespace,
        reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
        cluster: flags.cluster,
        nodeCapacity: flags.nodeCapacity,
        ruleTimings: timings,
      });
      if (timings) io.stderr(formatRuleTimings(timings, timingRows(io.env.DRYDOCK_TIMING!)));
      return result;
    },
    [
      new Option('-r, --rule <id=level...>', 'set a rule\'s level: off, info, warn or error (repeatable)'),
      namespaceOption(),
      new Option('--report-unused-disable-directives', 'warn about drydock-disable comments that silence nothing'),
      new Option('--cluster <files...>', 'a cluster model for pod-unschedulable: a kind config, a drydock cluster file, or kubectl get nodes (and pods) -o yaml dumps'),
      new Option('--node-capacity <list>', 'allocatable of each kind node, e.g. cpu=4,memory=8Gi,pods=110'),
      new Option('--cache', 'reuse the last result when no input file, setting or rule changed (stored in ~/.cache/drydock, signed)'),
      new Option('--cache-location <file>', 'the cache file (implies --cache; default: one per folder in $XDG_CACHE_HOME/drydock or ~/.cache/drydock)'),
    ],
  );
}

/** `DRYDOCK_TIMING=1` lists the 10 slowest rules, `=N` the N slowest, `=all` every rule. */
function timingRows(value: string): number | undefined {
  if (value === 'all') return undefined;
  const rows = Number(value);
  return Number.isInteger(rows) && rows > 1 ? rows : 10;
}
