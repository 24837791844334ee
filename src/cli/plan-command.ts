import { Command } from 'commander';
import { formatPlan, hasInternalFailure, isPlanFormat, plan, planFormatNames, type PlanFormat, ExitCode } from '../index.js';
import type { CliIo } from './io.js';
import { chooseFormat, colorOption, formatOption, inputOptions, inputsOfFlags, namespaceOption, outputOption, wantsColor, type InputFlags, type OutputFlags } from './common-options.js';
import { parseMaxPods } from './report-options.js';
import { inputsOf, reportSkipped } from './check-command.js';
import { writeReport } from './write-report.js';

interface PlanFlags extends InputFlags, OutputFlags {
  base?: string;
  prune?: boolean;
  force?: boolean;
  detailedExitcode?: boolean;
  namespace?: string;
  cluster?: string[];
  nodeCapacity?: string;
  route?: string;
  maxPods?: string;
}

function choosePlanFormat(flag: string | undefined): PlanFormat {
  return chooseFormat(flag, 'text', isPlanFormat, (name) => `unknown plan format "${name}" (use ${planFormatNames.join(', ')})`);
}

/** `drydock plan [paths...]`: what applying the manifests would do, against a current state. */
export function planCommand(io: CliIo, setExit: (code: number) => void): Command {
  const command = new Command('plan')
    .description('show what applying the manifests would do: create, update, replace and delete, in apply order')
    .argument('[paths...]', 'files, folders or globs of the desired manifests; - reads standard input', ['.'])
    .option('-b, --base <ref|dir|dump>', 'the current state: a git ref (same paths at that commit), a folder, or a kubectl get -o yaml dump')
    .option('--cluster <files...>', 'schedule the Pods on a modelled cluster: a kind config, a drydock cluster file, or kubectl get nodes -o yaml (plus optionally get pods -A -o yaml) dumps')
    .option('--node-capacity <list>', 'allocatable of each kind node, e.g. cpu=4,memory=8Gi,pods=110 (default in docs/scheduling.md)')
    .option('--route <url>', 'explain which Ingress rule, Service and Pods would answer this request URL')
    .option('--max-pods <n>', 'simulate at most n Pods in all (default 10000); the largest workloads are cut first, with a note')
    .option('--prune', 'plan deletes for objects of the base that the input no longer has (like kubectl apply --prune)')
    .option('--force', 'plan even when validation finds errors')
    .option('--detailed-exitcode', 'exit 2 when the plan has changes (0 none, 1 errors), like terraform plan');
  for (const option of [namespaceOption(), ...inputOptions(), formatOption(planFormatNames), outputOption('the plan'), colorOption()]) command.addOption(option);
  return command
    .action(async (paths: string[], flags: PlanFlags) => {
      const format = choosePlanFormat(flags.format);
      const maxPods = parseMaxPods(flags.maxPods);
      const result = await plan({
        ...inputsOfFlags(paths, flags, io),
        base: flags.base,
        prune: flags.prune,
        force: flags.force,
        namespace: flags.namespace,
        cluster: flags.cluster,
        nodeCapacity: flags.nodeCapacity,
        route: flags.route,
        maxPods,
      });
      const text = await formatPlan(format, { plan: result.plan, diagnostics: result.diagnostics, kubernetesVersion: result.kubernetesVersion }, { color: format === 'text' && wantsColor(flags, io) });
      await writeReport(text, flags.output, { root: result.root, inputs: inputsOf(result) }, io);
      reportSkipped(result, io);
      const hasErrors = !result.plan || result.diagnostics.some((d) => d.severity === 'error');
      const { summary } = result.plan ?? { summary: { create: 0, update: 0, replace: 0, delete: 0 } };
      const hasChanges = summary.create + summary.update + summary.replace + summary.delete > 0;
      setExit(planExitCode({ hasErrors, hasInternalFailure: hasInternalFailure(result.diagnostics), hasChanges, detailed: flags.detailedExitcode === true }));
    });
}

/**
 * Without `--detailed-exitcode`: 0 planned, 1 manifest errors, 2 an internal failure. With it,
 * terraform's convention, so that "changes" never shares a code with a failure: 0 no changes,
 * 2 changes, 1 any failure (usage failures are mapped in main.ts the same way).
 */
export function planExitCode(run: { hasErrors: boolean; hasInternalFailure: boolean; hasChanges: boolean; detailed: boolean }): number {
  if (run.detailed) return run.hasErrors || run.hasInternalFailure ? ExitCode.findings : run.hasChanges ? 2 : ExitCode.ok;
  if (run.hasInternalFailure) return ExitCode.failure;
  return run.hasErrors ? ExitCode.findings : ExitCode.ok;
}
