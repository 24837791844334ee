import type { Option } from 'commander';
import { Command } from 'commander';
import { countSeverities, diagnosticFormats, ExitCode, hasInternalFailure, ruleDescriptors, version, type Shard, type SkippedCounts, type ValidateResult } from '../index.js';
import { describeRun, describeSkipped, escapeControlCharacters, parseShard, plural, userCacheDir } from '../run/index.js';
import type { CliIo } from './io.js';
import { inputOptions, wantsColor, type InputFlags } from './common-options.js';
import { chooseDiagnosticFormat, parseJobs, parseMaxWarnings, reportOptions, type ReportFlags } from './report-options.js';
import { writeReport } from './write-report.js';

/** The flags `validate` and `lint` share. */
export interface CheckFlags extends ReportFlags, InputFlags {
  jobs?: string;
  shard?: string;
  changedSince?: string;
  allowUntyped?: boolean;
  stats?: boolean;
  kustomizeBases?: boolean;
  /** `--cache` and `--cache-location`: each command describes them in its own words. */
  cache?: boolean;
  cacheLocation?: string;
}

/** Options parsed from the shared flags, for the library call. */
export interface CommonOptions {
  jobs?: number;
  shard?: Shard;
  changedSince?: string;
  allowUntyped?: boolean;
  kustomizeBases?: boolean;
  cache: boolean;
  cacheLocation?: string;
  cacheDir: string;
  notify: (note: string) => void;
}

/**
 * A command that checks manifests and reports diagnostics: the options, the report and the exit
 * code are the same for `validate` and `lint`; `run` is the library call.
 */
export function checkCommand<Flags extends CheckFlags>(
  name: string,
  description: string,
  io: CliIo,
  setExit: (code: number) => void,
  run: (paths: string[], flags: Flags, common: CommonOptions) => Promise<ValidateResult>,
  extraOptions: Option[] = [],
): Command {
  const command = new Command(name)
    .description(description)
    .argument('[paths...]', 'files, folders or globs to check; - reads standard input', ['.']);
  for (const option of inputOptions()) command.addOption(option);
  command
    .option('--shard <i/n>', 'check only this CI job\'s share of the files: job i (1-based) of n')
    .option('--changed-since <git-ref>', 'check only files changed since this git ref (committed, staged, unstaged or untracked)')
    .option('--allow-untyped', 'skip documents without apiVersion and kind with a note even in files named on the command line (the pre-commit hooks name every staged YAML file)')
    .option('--stats', 'say on stderr how many files were checked, on how many threads, and how long it took')
    .option('--kustomize-bases', 'also check each kustomize base on its own, not only through the overlays that build it');
  for (const option of [...extraOptions, ...reportOptions()]) command.addOption(option);
  return command.action(async (paths: string[], flags: Flags) => {
    const format = chooseDiagnosticFormat(flags.format);
    const maxWarnings = parseMaxWarnings(flags.maxWarnings);
    const common: CommonOptions = {
      jobs: parseJobs(flags.jobs),
      shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
      changedSince: flags.changedSince,
      allowUntyped: flags.allowUntyped,
      kustomizeBases: flags.kustomizeBases,
      cache: flags.cache === true || flags.cacheLocation !== undefined,
      cacheLocation: flags.cacheLocation,
      cacheDir: userCacheDir(io.env),
      notify: (note) => io.stderr(`drydock: ${escapeControlCharacters(note)}\n`),
    };
    const started = performance.now();
    const result = await run(paths, flags, common);
    const elapsedMs = performance.now() - started;
    const diagnostics = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    // SARIF lists the rules that fired with their documentation
    const rules = format === 'sarif' ? await ruleDescriptors() : undefined;
    // --quiet reports errors only, so it leaves out the summary of what was checked too
    const counts = flags.quiet ? undefined : result.counts;
    const text = diagnosticFormats[format]({ diagnostics, files: result.files, cwd: io.cwd, rules, counts }, { color: wantsColor(flags, io), toolVersion: version });
    await writeReport(text, flags.output, { root: result.root, inputs: inputsOf(result) }, io);
    const shownOnTerminal = format === 'stylish' && flags.output === undefined && io.isStdoutTty;
    // on a terminal, the summary (unless the report just showed it); in a CI log, what was skipped
    if (counts !== undefined && io.isStderrTty === true) {
      if (!shownOnTerminal) io.stderr(`drydock: ${describeRun(counts)}\n`);
    } else reportSkipped(result, io);
    if (flags.stats) reportStats(result, elapsedMs, io);
    const severities = countSeverities(result.diagnostics);
    if (hasInternalFailure(result.diagnostics)) setExit(ExitCode.failure);
    else if (severities.errors > 0) setExit(ExitCode.findings);
    else if (maxWarnings !== undefined && severities.warnings > maxWarnings) setExit(ExitCode.findings);
    else setExit(ExitCode.ok);
  });
}

/**
 * Says on stderr what the search for files passed over, when stderr is no terminal (a CI log):
 * the report itself stays as each format defines it.
 */
export function reportSkipped(result: { files: readonly string[]; skipped: SkippedCounts }, io: CliIo): void {
  const skipped = describeSkipped(result.skipped);
  if (skipped !== '') io.stderr(`drydock: ${plural(result.files.length, 'file', 'files')} checked${skipped}\n`);
}

/** One line of run statistics on stderr (`--stats`): what a slow or a parallel run did, for users and tests alike. */
function reportStats(result: { files: readonly string[]; threads: number }, elapsedMs: number, io: CliIo): void {
  io.stderr(`drydock: checked ${plural(result.files.length, 'file', 'files')} on ${plural(result.threads, 'thread', 'threads')} in ${Math.round(elapsedMs)} ms\n`);
}

/** Every file the run read: the report must not overwrite any of them. */
export function inputsOf(result: { files: readonly string[]; config: { file?: string } }): string[] {
  return result.config.file === undefined ? [...result.files] : [...result.files, result.config.file];
}
