import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  asksForStacks,
  countSeverities,
  diagnosticFormats,
  formatPlan,
  isGitRef,
  lint,
  makeOutputFolder,
  plan,
  readGitFile,
  ruleDescriptors,
  validate,
  writeOutputFile
} from "./chunks/chunk-36ADFE8C.js";
import {
  escapeCommandData
} from "./chunks/chunk-43FBE31D.js";
import {
  changedLines,
  configNames,
  defaultConfig,
  parseConfig,
  version
} from "./chunks/chunk-89C6DB83.js";
import "./chunks/chunk-84BF4BE3.js";
import "./chunks/chunk-9BEBBC49.js";
import {
  DrydockError,
  ExitCode,
  describeInternalError,
  hasInternalFailure
} from "./chunks/chunk-084AE718.js";
import "./chunks/chunk-E3B0C442.js";

// src/action/action-io.ts
function processActionIo() {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => {
      process.stdout.write(text);
    }
  };
}

// src/action/run-action.ts
import path2 from "node:path";

// src/action/annotations.ts
var annotationsPerSeverity = 10;
var order = ["error", "warning", "info"];
function chooseAnnotations(diagnostics, isChanged = () => false) {
  const pick = (noteLimit) => {
    const shown = order.flatMap((severity) => {
      const limit = severity === "info" ? noteLimit : annotationsPerSeverity;
      const ofSeverity = diagnostics.filter((d) => d.severity === severity);
      const changed = ofSeverity.filter(isChanged);
      return [...changed, ...ofSeverity.filter((d) => !isChanged(d))].slice(0, limit);
    });
    return { shown, hidden: diagnostics.length - shown.length };
  };
  const all = pick(annotationsPerSeverity);
  return all.hidden === 0 ? all : pick(annotationsPerSeverity - 1);
}

// src/action/inputs.ts
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env) {
  const command = oneOf(env, "command", ["lint", "validate", "plan"], "lint");
  const paths = getInput(env, "paths").split(/\s+/).filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ["."],
    command,
    kubernetesVersion: getInput(env, "kubernetes-version") || void 0,
    config: getInput(env, "config") || void 0,
    failOn: oneOf(env, "fail-on", ["error", "warning", "never"], "error"),
    sarifFile: getInput(env, "sarif-file") || void 0,
    annotations: booleanInput(env, "annotations", true),
    base: getInput(env, "base") || void 0,
    prune: booleanInput(env, "prune", false)
  };
}
function oneOf(env, name, values, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (!values.includes(value)) {
    throw new DrydockError("usage", `input ${name} must be one of ${values.join(", ")}, not "${value}"`);
  }
  return value;
}
function booleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new DrydockError("usage", `input ${name} must be true or false, not "${value}"`);
}

// src/action/runner-files.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
function setOutput(env, name, value) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new DrydockError("internal", `the value of output ${name} contains its delimiter`);
  }
  appendTo(file, `${name}<<${delimiter}
${value}
${delimiter}
`, "GITHUB_OUTPUT");
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendTo(file, markdown.endsWith("\n") ? markdown : `${markdown}
`, "GITHUB_STEP_SUMMARY");
}
function appendTo(file, text, variable) {
  try {
    appendFileSync(file, text, "utf8");
  } catch (error) {
    throw new DrydockError("output-unwritable", `cannot write ${variable} (${file}): ${error.message}`);
  }
}

// src/action/trusted-config.ts
import path from "node:path";

// src/action/pull-request-base.ts
import { readFileSync } from "node:fs";
var pullRequestEvents = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var commitName = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function pullRequestBase(env) {
  if (!pullRequestEvents.has(env.GITHUB_EVENT_NAME ?? "")) return void 0;
  const sha = baseShaOfEvent(env.GITHUB_EVENT_PATH);
  if (sha !== void 0) return sha;
  const branch = env.GITHUB_BASE_REF;
  return branch && !branch.startsWith("-") ? `origin/${branch}` : void 0;
}
function baseShaOfEvent(file) {
  if (!file) return void 0;
  try {
    const event = JSON.parse(readFileSync(file, "utf8"));
    const sha = event.pull_request?.base?.sha;
    return typeof sha === "string" && commitName.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}

// src/action/workflow-commands.ts
import { randomUUID as randomUUID2 } from "node:crypto";
function workflowCommand(command, message) {
  return `::${command}::${escapeCommandData(message)}
`;
}
function inertGroup(title, text) {
  const token = randomUUID2().replace(/-/g, "");
  const body = text.endsWith("\n") || text === "" ? text : `${text}
`;
  return `${workflowCommand("group", title)}::stop-commands::${token}
${body}::${token}::
::endgroup::
`;
}

// src/action/trusted-config.ts
async function chooseConfig(inputs, cwd, io) {
  const base = pullRequestBase(io.env);
  if (base === void 0) return { configFile: inputs.config };
  const given = inputs.config === void 0 ? void 0 : path.relative(cwd, path.resolve(cwd, inputs.config));
  if (given !== void 0 && (given === "" || given.startsWith("..") || path.isAbsolute(given))) return { configFile: inputs.config };
  if (!await isGitRef(base, cwd)) {
    throw new DrydockError(
      "git-ref-missing",
      `this pull request's base commit ${base} is not in the checkout (or the workspace is not a git checkout), so the config it is judged by cannot be read from it: use actions/checkout with fetch-depth: 0, or fetch the base first (git fetch --depth=1 origin ${base})`
    );
  }
  const label = /^[0-9a-f]{40,}$/.test(base) ? base.slice(0, 12) : base;
  for (const file of given === void 0 ? configNames : [given]) {
    const found = await readGitFile(base, file, cwd);
    if (found.kind === "absent") continue;
    io.stdout(`drydock: using ${file} as it is at the pull request's base (${label}); changes to it take effect once merged.
`);
    return { config: parseConfig(found.text, { file, cwd, source: `${label}:${file}` }) };
  }
  const wanted = given ?? configNames[0];
  io.stdout(workflowCommand("notice title=drydock", `the pull request's base (${label}) has no ${wanted}: checking with the default settings`));
  return { config: defaultConfig(cwd) };
}

// src/action/run-action.ts
var summaryMaxBytes = 900 * 1024;
async function runAction(io) {
  try {
    const inputs = readInputs(io.env);
    const cwd = io.env.GITHUB_WORKSPACE || io.cwd;
    const result = await check(inputs, cwd, io);
    const report = { diagnostics: result.diagnostics, files: result.files, cwd };
    const checked = `${result.files.length} ${result.files.length === 1 ? "file" : "files"}`;
    io.stdout(inertGroup(`drydock ${inputs.command}: ${checked}`, diagnosticFormats.stylish(report, { color: false })));
    if (inputs.annotations) io.stdout(annotations(report, await changedLineTest(cwd, io)));
    const guard = { cwd, root: result.root, inputs: result.files };
    if (inputs.sarifFile !== void 0) await writeSarif({ ...report, rules: await ruleDescriptors() }, path2.resolve(cwd, inputs.sarifFile), guard);
    if (result.planned) {
      const planReport = { plan: result.planned.plan, diagnostics: result.diagnostics, kubernetesVersion: result.planned.kubernetesVersion };
      io.stdout(inertGroup("drydock plan", await formatPlan("text", planReport, { color: false })));
      appendSummary(io.env, await formatPlan("markdown", planReport));
      const file = path2.join(io.env.RUNNER_TEMP || cwd, "drydock-plan.json");
      await writeOutputFile(file, await formatPlan("json", planReport), guard);
      setOutput(io.env, "plan-json", file);
    } else {
      const heading = `## drydock ${inputs.command}

`;
      appendSummary(io.env, heading + diagnosticFormats.markdown(report, { color: false, maxBytes: summaryMaxBytes }));
    }
    const counts = countSeverities(result.diagnostics);
    setOutput(io.env, "error-count", String(counts.errors));
    setOutput(io.env, "warning-count", String(counts.warnings));
    setOutput(io.env, "sarif-file", inputs.sarifFile ?? "");
    return decideExit(inputs, result, io);
  } catch (error) {
    const message = error instanceof DrydockError ? error.message : describeInternalError(error, asksForStacks(io.env));
    io.stdout(workflowCommand("error", `drydock: ${message}`));
    return ExitCode.failure;
  }
}
async function check(inputs, cwd, io) {
  const options = { paths: inputs.paths, cwd, kubernetesVersion: inputs.kubernetesVersion, ...await chooseConfig(inputs, cwd, io) };
  if (inputs.command === "plan") {
    const result = await plan({ ...options, base: await planBase(inputs, cwd, io), prune: inputs.prune });
    return { diagnostics: result.diagnostics, files: result.files, root: result.root, planned: { plan: result.plan, kubernetesVersion: result.kubernetesVersion } };
  }
  return inputs.command === "lint" ? lint(options) : validate({ ...options, keepResources: false, cache: false });
}
async function planBase(inputs, cwd, io) {
  if (inputs.base !== void 0) return inputs.base;
  const branch = io.env.GITHUB_BASE_REF;
  if (!branch) return void 0;
  const ref = `origin/${branch}`;
  if (await isGitRef(ref, cwd)) return ref;
  io.stdout(workflowCommand("warning title=drydock plan", `the base branch ${ref} is not in the checkout (use actions/checkout with fetch-depth: 0); every object is planned as a create`));
  return void 0;
}
async function changedLineTest(cwd, io) {
  const branch = io.env.GITHUB_BASE_REF;
  if (!branch || !await isGitRef(`origin/${branch}`, cwd)) return () => false;
  const changed = changedLines(`origin/${branch}`, cwd);
  return (d) => changed.get(d.range.file)?.has(d.range.start.line) === true;
}
function annotations(report, isChanged) {
  const { shown, hidden } = chooseAnnotations(report.diagnostics, isChanged);
  const lines = diagnosticFormats.github({ ...report, diagnostics: shown }, { color: false });
  if (hidden === 0) return lines;
  const more = `${hidden} more ${hidden === 1 ? "finding was" : "findings were"} not annotated (GitHub shows 10 errors, 10 warnings and 10 notices per step); the job summary and this step's log list them all.`;
  return lines + workflowCommand("notice title=drydock", more);
}
async function writeSarif(report, file, guard) {
  await makeOutputFolder(file, guard);
  await writeOutputFile(file, diagnosticFormats.sarif(report, { color: false, toolVersion: version }), guard);
}
function decideExit(inputs, result, io) {
  if (hasInternalFailure(result.diagnostics)) {
    io.stdout(workflowCommand("error", "drydock: an internal error stopped some checks (see the log); please report it"));
    return ExitCode.failure;
  }
  const { errors, warnings } = countSeverities(result.diagnostics);
  const failing = inputs.failOn === "error" ? errors : inputs.failOn === "warning" ? errors + warnings : 0;
  if (failing === 0) return ExitCode.ok;
  const what = inputs.failOn === "error" ? `${errors} errors` : `${errors} errors and ${warnings} warnings`;
  io.stdout(`drydock: ${what} found (fail-on: ${inputs.failOn}), failing the step.
`);
  return ExitCode.findings;
}

// src/action/main.ts
process.exitCode = await runAction(processActionIo());
