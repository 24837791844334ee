import path from 'node:path';
import {
  countSeverities,
  diagnosticFormats,
  DrydockError,
  ExitCode,
  hasInternalFailure,
  lint,
  plan,
  formatPlan,
  ruleDescriptors,
  validate,
  version,
  type Diagnostic,
  type DiagnosticReport,
  type PlanRunResult,
} from '../index.js';
import {
  asksForStacks,
  describeInternalError,
  changedLines,
  isGitRef,
  makeOutputFolder,
  writeOutputFile,
  type OutputGuard,
} from '../run/index.js';
import type { ActionIo } from './action-io.js';
import { chooseAnnotations } from './annotations.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { appendSummary, setOutput } from './runner-files.js';
import { chooseConfig } from './trusted-config.js';
import { inertGroup, workflowCommand } from './workflow-commands.js';

/** The findings table's budget: GitHub rejects a step summary over 1 MiB, so keep well below it. */
export const summaryMaxBytes = 900 * 1024;

/**
 * Runs the Action: checks the inputs, then annotates, summarises, writes SARIF and sets outputs.
 * Returns the exit code; it never calls the GitHub API, so it works on pull requests from forks.
 */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    const inputs = readInputs(io.env);
    const cwd = io.env.GITHUB_WORKSPACE || io.cwd;
    const result = await check(inputs, cwd, io);
    const report: DiagnosticReport = { diagnostics: result.diagnostics, files: result.files, cwd };
    const checked = `${result.files.length} ${result.files.length === 1 ? 'file' : 'files'}`;
    io.stdout(inertGroup(`drydock ${inputs.command}: ${checked}`, diagnosticFormats.stylish(report, { color: false })));
    if (inputs.annotations) io.stdout(annotations(report, await changedLineTest(cwd, io)));
    const guard = { cwd, root: result.root, inputs: result.files };
    if (inputs.sarifFile !== undefined) await writeSarif({ ...report, rules: await ruleDescriptors() }, path.resolve(cwd, inputs.sarifFile), guard);
    if (result.planned) {
      const planReport = { plan: result.planned.plan, diagnostics: result.diagnostics, kubernetesVersion: result.planned.kubernetesVersion };
      io.stdout(inertGroup('drydock plan', await formatPlan('text', planReport, { color: false })));
      appendSummary(io.env, await formatPlan('markdown', planReport));
      const file = path.join(io.env.RUNNER_TEMP || cwd, 'drydock-plan.json');
      await writeOutputFile(file, await formatPlan('json', planReport), guard);
      setOutput(io.env, 'plan-json', file);
    } else {
      const heading = `## drydock ${inputs.command}\n\n`;
      appendSummary(io.env, heading + diagnosticFormats.markdown(report, { color: false, maxBytes: summaryMaxBytes }));
    }
    const counts = countSeverities(result.diagnostics);
    setOutput(io.env, 'error-count', String(counts.errors));
    setOutput(io.env, 'warning-count', String(counts.warnings));
    setOutput(io.env, 'sarif-file', inputs.sarifFile ?? '');
    return decideExit(inputs, result, io);
  } catch (error) {
    const message = error instanceof DrydockError ? error.message : describeInternalError(error, asksForStacks(io.env));
    io.stdout(workflowCommand('error', `drydock: ${message}`));
    return ExitCode.failure;
  }
}

/** What every command gives the Action: findings, and for `plan` the plan itself. */
interface Checked {
  diagnostics: Diagnostic[];
  files: string[];
  /** The run's root (a real path). */
  root: string;
  planned?: { plan: PlanRunResult['plan']; kubernetesVersion: string };
}

async function check(inputs: ActionInputs, cwd: string, io: ActionIo): Promise<Checked> {
  const options = { paths: inputs.paths, cwd, kubernetesVersion: inputs.kubernetesVersion, ...(await chooseConfig(inputs, cwd, io)) };
  if (inputs.command === 'plan') {
    const result = await plan({ ...options, base: await planBase(inputs, cwd, io), prune: inputs.prune });
    return { diagnostics: result.diagnostics, files: result.files, root: result.root, planned: { plan: result.plan, kubernetesVersion: result.kubernetesVersion } };
  }
  // never a result cache: a pull request could commit one with forged results
  return inputs.command === 'lint' ? lint(options) : validate({ ...options, keepResources: false, cache: false });
}

/**
 * The base to plan against: the input, else the pull request's base branch as fetched by
 * actions/checkout. A shallow checkout lacks it: then say how to fetch it and plan without one.
 */
async function planBase(inputs: ActionInputs, cwd: string, io: ActionIo): Promise<string | undefined> {
  if (inputs.base !== undefined) return inputs.base;
  const branch = io.env.GITHUB_BASE_REF;
  if (!branch) return undefined;
  const ref = `origin/${branch}`;
  if (await isGitRef(ref, cwd)) return ref;
  io.stdout(workflowCommand('warning title=drydock plan', `the base branch ${ref} is not in the checkout (use actions/checkout with fetch-depth: 0); every object is planned as a create`));
  return undefined;
}

/** On a pull request whose base branch is fetched: whether a finding is on a line it changed. */
async function changedLineTest(cwd: string, io: ActionIo): Promise<(d: Diagnostic) => boolean> {
  const branch = io.env.GITHUB_BASE_REF;
  if (!branch || !(await isGitRef(`origin/${branch}`, cwd))) return () => false;
  const changed = changedLines(`origin/${branch}`, cwd);
  return (d) => changed.get(d.range.file)?.has(d.range.start.line) === true;
}

/** Annotations for the most severe findings, and a notice saying how many more there are. */
function annotations(report: DiagnosticReport, isChanged: (d: Diagnostic) => boolean): string {
  const { shown, hidden } = chooseAnnotations(report.diagnostics, isChanged);
  const lines = diagnosticFormats.github({ ...report, diagnostics: shown }, { color: false });
  if (hidden === 0) return lines;
  const more = `${hidden} more ${hidden === 1 ? 'finding was' : 'findings were'} not annotated (GitHub shows 10 errors, 10 warnings and 10 notices per step); the job summary and this step's log list them all.`;
  return lines + workflowCommand('notice title=drydock', more);
}

/** Writes the SARIF file the way every report is written: never through a link, never over an input. */
async function writeSarif(report: DiagnosticReport, file: string, guard: OutputGuard): Promise<void> {
  await makeOutputFolder(file, guard);
  await writeOutputFile(file, diagnosticFormats.sarif(report, { color: false, toolVersion: version }), guard);
}

function decideExit(inputs: ActionInputs, result: Checked, io: ActionIo): number {
  if (hasInternalFailure(result.diagnostics)) {
    io.stdout(workflowCommand('error', 'drydock: an internal error stopped some checks (see the log); please report it'));
    return ExitCode.failure;
  }
  const { errors, warnings } = countSeverities(result.diagnostics);
  const failing = inputs.failOn === 'error' ? errors : inputs.failOn === 'warning' ? errors + warnings : 0;
  if (failing === 0) return ExitCode.ok;
  const what = inputs.failOn === 'error' ? `${errors} errors` : `${errors} errors and ${warnings} warnings`;
  io.stdout(`drydock: ${what} found (fail-on: ${inputs.failOn}), failing the step.\n`);
  return ExitCode.findings;
}
