import { Command } from 'commander';
import { countSeverities, diagnosticFormats, validate } from '../index.js';
import type { CliIo } from './io.js';
import { ExitCode } from './io.js';
import { chooseFormat, parseJobs, parseMaxWarnings, reportOptions, wantsColor, type ReportFlags } from './report-options.js';
import { writeReport } from './write-report.js';

interface ValidateFlags extends ReportFlags {
  kubernetesVersion?: string;
  config?: string;
  schemas?: string[];
  jobs?: string;
}

const formats = ['stylish', 'json'];

/** `drydock validate [paths...]`: only what the API server would reject. */
export function validateCommand(io: CliIo, setExit: (code: number) => void): Command {
  const command = new Command('validate')
    .description('report what the API server would reject: YAML, schema and API validation errors')
    .argument('[paths...]', 'files, folders or globs to check; - reads standard input', ['.'])
    .option('-k, --kubernetes-version <version>', 'target Kubernetes version, 1.28 to 1.36 (default: 1.36)')
    .option('-c, --config <file>', 'use this config file instead of the nearest .drydock.yaml')
    .option('--schemas <dir...>', 'extra folders of JSON schemas for custom resources')
    .option('-j, --jobs <n>', 'threads for large inputs (default: the number of cores, at most 4)');
  for (const option of reportOptions(formats)) command.addOption(option);
  return command.action(async (paths: string[], flags: ValidateFlags) => {
    const format = chooseFormat(flags.format);
    const maxWarnings = parseMaxWarnings(flags.maxWarnings);
    const result = await validate({
      paths,
      cwd: io.cwd,
      kubernetesVersion: flags.kubernetesVersion,
      configFile: flags.config,
      schemaDirs: flags.schemas,
      readStdin: io.readStdin,
      jobs: parseJobs(flags.jobs),
      keepResources: false,
    });
    const diagnostics = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    const text = diagnosticFormats[format]({ diagnostics, files: result.files, cwd: io.cwd }, { color: wantsColor(flags, io) });
    writeReport(text, flags.output, result.files, io);
    const counts = countSeverities(result.diagnostics);
    if (result.diagnostics.some((d) => d.ruleId === 'internal')) setExit(ExitCode.failure);
    else if (counts.errors > 0) setExit(ExitCode.findings);
    else if (maxWarnings !== undefined && counts.warnings > maxWarnings) setExit(ExitCode.findings);
    else setExit(ExitCode.ok);
  });
}
