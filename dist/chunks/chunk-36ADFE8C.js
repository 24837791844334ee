import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  codeSpan,
  columnWidth,
  escapeCommandData,
  escapeCommandProperty,
  escapeControlCharacters,
  escapeMarkdown,
  inertToWorkflowCommands,
  linkDestination,
  paletteFor
} from "./chunk-43FBE31D.js";
import {
  describeRun,
  docsBaseUrl,
  formatResourceId,
  hasInternalFailure,
  repositoryUrl,
  ruleDocsUrl
} from "./chunk-084AE718.js";

// src/report/diagnostics/github.ts
import path from "node:path";
var commandOf = { error: "error", warning: "warning", info: "notice" };
var github = (report) => report.diagnostics.map((d) => `${workflowCommand(d, report.cwd)}
`).join("");
function workflowCommand(diagnostic, cwd) {
  const { file, start, end } = diagnostic.range;
  const properties = [];
  if (file !== "<stdin>") properties.push(["file", repoPath(file, cwd)]);
  properties.push(["line", start.line]);
  if (end.line === start.line) properties.push(["col", start.column], ["endLine", end.line], ["endColumn", end.column]);
  else properties.push(["endLine", end.line]);
  properties.push(["title", diagnostic.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${commandOf[diagnostic.severity]} ${list}::${escapeCommandData(diagnostic.message)}`;
}
function repoPath(file, cwd) {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  const isInside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  return (isInside ? relative : file).split(path.sep).join("/");
}

// src/report/diagnostics/json.ts
import path2 from "node:path";
var json = (report) => {
  const byFile = new Map(report.files.map((f) => [f, []]));
  for (const d of report.diagnostics) {
    if (d.severity === "info") continue;
    const list = byFile.get(d.range.file);
    if (list) list.push(d);
    else byFile.set(d.range.file, [d]);
  }
  const results = [...byFile].map(([file, diagnostics]) => {
    const messages = diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity === "error" ? 2 : 1,
      message: d.message,
      line: d.range.start.line,
      column: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      ...d.messageId ? { messageId: d.messageId } : {},
      ...d.resource ? { object: objectOf(d.resource) } : {}
    }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: file === "<stdin>" ? "<stdin>" : path2.resolve(report.cwd, file),
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0
    };
  });
  return `${JSON.stringify(results)}
`;
};
function objectOf(id) {
  return id.namespace === void 0 ? { apiVersion: id.apiVersion, kind: id.kind, name: id.name } : { apiVersion: id.apiVersion, kind: id.kind, namespace: id.namespace, name: id.name };
}

// src/report/diagnostics/one-line.ts
function oneLine(text) {
  return text.includes("\n") ? text.replace(/\s+/g, (run) => run.includes("\n") ? " " : run) : text;
}

// src/report/diagnostics/xml-escape.ts
var forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function escapeXml(text, where = "text") {
  const escaped = text.replace(forbidden, "").replace(/[&<>"']/g, (c) => entities[c] ?? c);
  return where === "attribute" ? escaped.replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`) : escaped.replace(/\r/g, "&#13;");
}

// src/report/diagnostics/junit.ts
var notAManifest = "input/not-a-manifest";
var junit = (report) => {
  const byFile = new Map(report.files.map((file) => [file, []]));
  for (const d of report.diagnostics) {
    const list = byFile.get(d.range.file);
    if (list) list.push(d);
    else byFile.set(d.range.file, [d]);
  }
  const suites = [];
  const total = { tests: 0, failures: 0 };
  for (const [file, diagnostics] of byFile) {
    const cases = testCasesOf(file, diagnostics);
    const failures = cases.filter((c) => c.diagnostics.some(isFailure)).length;
    const skipped = cases.filter(isSkipped).length;
    total.tests += cases.length;
    total.failures += failures;
    const attributes = `name="${escapeXml(file, "attribute")}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`;
    suites.push(`  <testsuite ${attributes}>`, ...cases.flatMap((c) => testCaseXml(file, c)), "  </testsuite>");
  }
  const rootAttributes = `name="drydock" tests="${total.tests}" failures="${total.failures}" errors="0" time="0"`;
  const root = suites.length === 0 ? [`<testsuites ${rootAttributes}/>`] : [`<testsuites ${rootAttributes}>`, ...suites, "</testsuites>"];
  return inertToWorkflowCommands(`${['<?xml version="1.0" encoding="UTF-8"?>', ...root].join("\n")}
`);
};
function testCasesOf(file, diagnostics) {
  if (diagnostics.length === 0) return [{ name: file, diagnostics: [] }];
  const cases = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const key = d.resource ? resourceKey(d.resource) : "";
    const existing = cases.get(key);
    if (existing) existing.diagnostics.push(d);
    else cases.set(key, { name: d.resource ? resourceName(d.resource) : file, diagnostics: [d] });
  }
  const list = [...cases.values()];
  const counts = /* @__PURE__ */ new Map();
  for (const c of list) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  for (const c of list) {
    const resource = c.diagnostics[0]?.resource;
    if (counts.get(c.name) > 1 && resource) c.name = `${c.name} (${resource.apiVersion})`;
  }
  return list;
}
function testCaseXml(file, testCase) {
  const open = `    <testcase classname="${escapeXml(file, "attribute")}" name="${escapeXml(testCase.name, "attribute")}" file="${escapeXml(file, "attribute")}" time="0"`;
  const failures = testCase.diagnostics.filter(isFailure);
  const children = failures.map(
    (d) => `      <failure type="${escapeXml(d.ruleId, "attribute")}" message="${escapeXml(d.message, "attribute")}">${escapeXml(findingText(d))}</failure>`
  );
  if (isSkipped(testCase)) {
    const reason = testCase.diagnostics.find((d) => d.ruleId === notAManifest);
    children.push(`      <skipped>${escapeXml(reason.message, "text")}</skipped>`);
  }
  const others = testCase.diagnostics.filter((d) => !isFailure(d) && d.ruleId !== notAManifest);
  if (failures.length > 1 || others.length > 0) {
    children.push(`      <system-out>${escapeXml(testCase.diagnostics.map(findingLine).join("\n"))}</system-out>`);
  }
  return children.length === 0 ? [`${open}/>`] : [`${open}>`, ...children, "    </testcase>"];
}
function isFailure(d) {
  return d.severity !== "info";
}
function isSkipped(testCase) {
  return !testCase.diagnostics.some(isFailure) && testCase.diagnostics.some((d) => d.ruleId === notAManifest);
}
function findingLine(d) {
  const file = escapeControlCharacters(d.range.file);
  const message = escapeControlCharacters(oneLine(d.message));
  return `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${message} (${escapeControlCharacters(d.ruleId)})`;
}
function findingText(d) {
  return d.help ? `${findingLine(d)}
Help: ${d.help}` : findingLine(d);
}
function resourceKey(id) {
  return JSON.stringify([id.apiVersion, id.kind, id.namespace ?? "", id.name]);
}
function resourceName(id) {
  return id.namespace ? `${id.kind}/${id.namespace}/${id.name}` : `${id.kind}/${id.name}`;
}

// src/report/diagnostics/diagnostic-report.ts
function groupByFile(diagnostics) {
  const groups = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const list = groups.get(diagnostic.range.file);
    if (list) list.push(diagnostic);
    else groups.set(diagnostic.range.file, [diagnostic]);
  }
  return groups;
}
function countSeverities(diagnostics) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

// src/report/diagnostics/docs-links.ts
function docsUrlOf(diagnostic) {
  if (diagnostic.help !== void 0 && /^https?:\/\//.test(diagnostic.help)) return diagnostic.help;
  const id = diagnostic.ruleId;
  if (id.startsWith("api/")) return `${docsBaseUrl}/diagnostics-api.md`;
  if (id.startsWith("yaml/")) return `${docsBaseUrl}/diagnostics.md#yaml-codes`;
  const isNamespaced = id === "schema" || id.startsWith("schema/") || id.startsWith("input/");
  if (isNamespaced || id === "internal" || id === "unused-disable-directive") return `${docsBaseUrl}/diagnostics.md`;
  return ruleDocsUrl(id);
}

// src/report/diagnostics/markdown.ts
var defaultMarkdownMaxBytes = 1024 * 1024;
var tableHead = "| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |\n";
var markdown = (report, options) => {
  const maxBytes = options.maxBytes ?? defaultMarkdownMaxBytes;
  const head = `${summaryLine(report)}
`;
  const sections = [...groupByFile(report.diagnostics)].map(([file, diagnostics]) => ({
    heading: `
#### ${codeSpan(file)}

${tableHead}`,
    rows: diagnostics.map(row)
  }));
  const full = head + sections.map((s) => s.heading + s.rows.join("")).join("");
  if (byteLength(full) <= maxBytes) return full;
  const total = report.diagnostics.length;
  const reserve = byteLength(truncationNote(total, total, maxBytes));
  let out = head;
  let used = byteLength(head);
  let shown = 0;
  outer: for (const section of sections) {
    const headingBytes = byteLength(section.heading);
    for (const [index, text] of section.rows.entries()) {
      const cost = byteLength(text) + (index === 0 ? headingBytes : 0);
      if (used + cost + reserve > maxBytes) break outer;
      out += index === 0 ? section.heading + text : text;
      used += cost;
      shown++;
    }
  }
  return out + truncationNote(total - shown, total, maxBytes);
};
function summaryLine(report) {
  const { errors, warnings, infos } = countSeverities(report.diagnostics);
  const checked = plural(report.files.length, "file");
  if (errors + warnings + infos === 0) return `**drydock** found no problems in ${checked}.`;
  const parts = [
    errors > 0 ? plural(errors, "error") : "",
    warnings > 0 ? plural(warnings, "warning") : "",
    infos > 0 ? plural(infos, "note") : ""
  ].filter(Boolean);
  const found = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  const withFindings = groupByFile(report.diagnostics).size;
  return `**drydock** found ${found} in ${withFindings} of ${checked}.`;
}
function row(d) {
  const where = `${d.range.start.line}:${d.range.start.column}`;
  const rule = `[${escapeMarkdown(d.ruleId)}](${linkDestination(docsUrlOf(d))})`;
  return `| ${where} | ${d.severity} | ${rule} | ${escapeMarkdown(d.message)} |
`;
}
function truncationNote(hidden, total, maxBytes) {
  const limit = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KiB` : `${maxBytes} bytes`;
  return `
> [!NOTE]
> Report truncated to stay under ${limit}: ${hidden} of ${plural(total, "finding")} not shown. Run drydock with \`--format json\` or \`--format sarif\` for the full list.
`;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/report/diagnostics/artifact-uri.ts
import path3 from "node:path";
import { pathToFileURL } from "node:url";
var srcRootBaseId = "%SRCROOT%";
function artifactLocationOf(file) {
  if (path3.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const uri = file.split("/").filter((part) => part !== "" && part !== ".").map(encodeURIComponent).join("/");
  return { uri, uriBaseId: srcRootBaseId };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/report/diagnostics/fingerprint.ts
import { createHash } from "node:crypto";
function diagnosticFingerprints(diagnostics) {
  const seen = /* @__PURE__ */ new Map();
  return diagnostics.map((d) => {
    const hash = createHash("sha256").update(identityOf(d)).digest("hex");
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
function identityOf(d) {
  const r = d.resource;
  const resource = r ? [r.apiVersion, r.kind, r.namespace ?? "", r.name] : null;
  return JSON.stringify([d.ruleId, d.range.file, resource, d.path ?? null, d.messageId ?? null]);
}

// src/report/diagnostics/generic-rule-descriptor.ts
var namespaces = [
  {
    matches: (id) => id === "schema",
    summary: () => "The object breaks its OpenAPI schema (built-in kinds for the target Kubernetes version) or its CRD's openAPIV3Schema and CEL rules.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id === "schema/api-not-served",
    summary: () => "The apiVersion/kind is not served by the target Kubernetes version.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id === "schema/deprecated-api",
    summary: () => "The apiVersion is deprecated at the target Kubernetes version but still served.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id === "schema/unknown-kind",
    summary: () => "No built-in kind, CRD in the input or extra schema defines the kind.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id === "schema/crd-unreadable",
    summary: () => "The CRD that defines the kind has a YAML error, so the object is not checked.",
    page: `${docsBaseUrl}/yaml.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id.startsWith("schema/"),
    summary: (id) => `The object does not fit the API of the target Kubernetes version (${id}).`,
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["kubernetes", "schema"]
  },
  {
    matches: (id) => id.startsWith("api/"),
    summary: (id) => `The API server's own validation, which no schema expresses, would reject the object (${id.slice("api/".length)}).`,
    page: `${docsBaseUrl}/diagnostics-api.md`,
    tags: ["kubernetes", "api-server"]
  },
  {
    matches: (id) => id.startsWith("yaml/"),
    summary: (id) => `The file cannot be read as kubectl reads it (${id.slice("yaml/".length)}).`,
    page: `${docsBaseUrl}/diagnostics.md#yaml-codes`,
    tags: ["yaml"]
  },
  {
    matches: (id) => id === "input/not-a-manifest",
    summary: () => "A file or document that is not a Kubernetes object was skipped.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["input"]
  },
  {
    matches: (id) => id === "unused-disable-directive",
    summary: () => "A drydock-disable comment silenced nothing.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["maintainability"]
  },
  {
    matches: (id) => id === "internal",
    summary: () => "drydock failed while checking one resource (a bug); the rest was still checked.",
    page: `${docsBaseUrl}/diagnostics.md`,
    tags: ["internal"]
  }
];
function genericRuleDescriptor(first) {
  const id = first.ruleId;
  const namespace = namespaces.find((n) => n.matches(id));
  return {
    id,
    summary: namespace ? namespace.summary(id) : `drydock best-practice rule ${id}.`,
    severity: first.severity,
    helpUri: isUrl(first.help) ? first.help : namespace ? namespace.page : ruleDocsUrl(id),
    tags: namespace ? namespace.tags : ["kubernetes", "best-practice"]
  };
}
function isUrl(text) {
  return text !== void 0 && /^https?:\/\//.test(text);
}

// src/report/diagnostics/sarif.ts
var sarifLimits = {
  /** GitHub rejects more than 25,000 results per run and shows the 5,000 most severe; keep those. */
  resultsPerRun: 5e3,
  /** `name` of a rule. */
  ruleName: 255,
  /** `shortDescription.text` and `fullDescription.text` of a rule. */
  description: 1024,
  /** Tags per rule. */
  tags: 20,
  /** drydock's own cap on a result's message (GitHub shows only the first sentence when short of space). */
  message: 4096
};
var notAManifest2 = "input/not-a-manifest";
var fingerprintKey = "drydockFingerprint/v1";
var levels = { error: "error", warning: "warning", info: "note" };
var problemSeverities = { error: "error", warning: "warning", info: "recommendation" };
var severityRank = { error: 0, warning: 1, info: 2 };
var sarif = (report, options) => {
  const reported = report.diagnostics.filter((d) => d.ruleId !== notAManifest2);
  const skippedInputs = report.diagnostics.length - reported.length;
  const rules = describeRules(reported, report.rules ?? []);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const fingerprints = diagnosticFingerprints(reported);
  const kept = mostSevere(reported, sarifLimits.resultsPerRun);
  const results = reported.flatMap((d, i) => kept.has(i) ? [resultOf(d, ruleIndex.get(d.ruleId), fingerprints[i])] : []);
  const notifications = [];
  if (kept.size < reported.length) {
    notifications.push({
      level: "warning",
      message: { text: `Only the ${kept.size} most severe of ${reported.length} results are included (GitHub code scanning shows at most ${sarifLimits.resultsPerRun}); run drydock with another format for the full list.` }
    });
  }
  if (skippedInputs > 0) {
    notifications.push({
      level: "note",
      message: { text: `${skippedInputs} ${skippedInputs === 1 ? "document was" : "documents were"} skipped as not Kubernetes objects (${notAManifest2}).` }
    });
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "drydock",
            informationUri: repositoryUrl,
            ...options.toolVersion ? { semanticVersion: options.toolVersion } : {},
            rules: rules.map(reportingDescriptorOf)
          }
        },
        invocations: [
          {
            executionSuccessful: !hasInternalFailure(report.diagnostics),
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        originalUriBaseIds: { [srcRootBaseId]: { uri: directoryUri(report.cwd) } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function describeRules(diagnostics, known) {
  const byId = new Map(known.map((rule) => [rule.id, rule]));
  const fired = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (!fired.has(d.ruleId)) fired.set(d.ruleId, byId.get(d.ruleId) ?? genericRuleDescriptor(d));
  }
  return [...fired.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function mostSevere(diagnostics, limit) {
  if (diagnostics.length <= limit) return new Set(diagnostics.keys());
  const order = [...diagnostics.entries()].sort(([a, x], [b, y]) => severityRank[x.severity] - severityRank[y.severity] || a - b);
  return new Set(order.slice(0, limit).map(([i]) => i));
}
function reportingDescriptorOf(rule) {
  const explanation = rule.rationale ?? rule.summary;
  const advice = rule.fix ?? explanation;
  return {
    id: rule.id,
    name: truncate(pascalCase(rule.id), sarifLimits.ruleName),
    shortDescription: { text: truncate(rule.summary, sarifLimits.description) },
    fullDescription: { text: truncate(explanation, sarifLimits.description) },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    help: {
      text: rule.helpUri ? `${advice}

Documentation: ${rule.helpUri}` : advice,
      markdown: rule.helpUri ? `${advice}

[Documentation](${rule.helpUri})` : advice
    },
    defaultConfiguration: { level: levels[rule.severity] },
    properties: {
      tags: [...rule.tags ?? []].slice(0, sarifLimits.tags),
      "problem.severity": problemSeverities[rule.severity]
    }
  };
}
function resultOf(d, ruleIndex, fingerprint) {
  const startLine = Math.max(1, d.range.start.line);
  const startColumn = Math.max(1, d.range.start.column);
  const endsAfterStart = d.range.end.line > startLine || d.range.end.line === startLine && d.range.end.column >= startColumn;
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: levels[d.severity],
    message: { text: truncate(d.message, sarifLimits.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocationOf(d.range.file),
          region: endsAfterStart ? { startLine, startColumn, endLine: d.range.end.line, endColumn: d.range.end.column } : { startLine, startColumn }
        },
        ...d.resource ? { logicalLocations: [{ name: d.resource.name, fullyQualifiedName: formatResourceId(d.resource), kind: "resource" }] } : {}
      }
    ],
    partialFingerprints: { [fingerprintKey]: fingerprint }
  };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function truncate(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}

// src/report/diagnostics/stylish.ts
var stylish = (report, options) => {
  const c = paletteFor(options.color);
  const out = [];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push("", c.underline(escapeControlCharacters(file)));
    const rows = diagnostics.map(
      (d) => [
        `${d.range.start.line}:${d.range.start.column}`,
        d.severity,
        escapeControlCharacters(oneLine(d.message)),
        escapeControlCharacters(d.ruleId)
      ]
    );
    const [at, level, text] = [columnWidth(rows, 0), columnWidth(rows, 1), columnWidth(rows, 2)];
    for (const [position, severityName, message, ruleId] of rows) {
      const severity = severityName === "error" ? c.red : severityName === "warning" ? c.yellow : c.blue;
      out.push(`  ${c.dim(position.padEnd(at))}  ${severity(severityName.padEnd(level))}  ${message.padEnd(text)}  ${c.dim(ruleId)}`);
    }
  }
  const { errors, warnings, infos } = countSeverities(report.diagnostics);
  const checked = report.counts === void 0 ? void 0 : describeRun(report.counts);
  if (errors + warnings + infos === 0) return checked === void 0 ? "" : `${c.green("\u2714")} ${checked}
`;
  const problems = errors + warnings;
  const summaryColor = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const notes = infos > 0 ? `, ${infos} ${infos === 1 ? "note" : "notes"}` : "";
  const mark = problems > 0 ? "\u2716" : "\u2139";
  out.push("", summaryColor(c.bold(`${mark} ${problems} ${problems === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}${notes})`)));
  if (checked !== void 0) out.push(problems > 0 ? c.dim(checked) : `${c.green("\u2714")} ${checked}`);
  out.push("");
  return inertToWorkflowCommands(out.join("\n"));
};

// src/report/diagnostics/rule-timings.ts
function formatRuleTimings(timings, rows) {
  const total = [...timings.values()].reduce((sum, ms) => sum + ms, 0);
  const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, rows);
  const width = Math.max(9, ...slowest.map(([id]) => id.length));
  const lines = slowest.map(([id, ms]) => `${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${total > 0 ? (100 * ms / total).toFixed(1).padStart(5) : "  0.0"}%`);
  return [`${"Rule".padEnd(width)} | Time (ms) | Relative`, `${"-".repeat(width)}-|-----------|---------`, ...lines, `${"all rules".padEnd(width)} | ${total.toFixed(1).padStart(9)} |`].join("\n") + "\n";
}

// src/report/index.ts
async function loadDiagnosticCatalog() {
  return import("./catalog-F9113AEF.js");
}
var diagnosticFormats = { stylish, json, github, markdown, sarif, junit };
function isDiagnosticFormat(name) {
  return Object.hasOwn(diagnosticFormats, name);
}
var planFormatKeys = { text: true, json: true, markdown: true, diff: true };
var planFormatNames = Object.keys(planFormatKeys);
function isPlanFormat(name) {
  return Object.hasOwn(planFormatKeys, name);
}
async function formatPlan(format, report, options = {}) {
  const { planFormats } = await import("./plan-A75BF145.js");
  return planFormats[format](report, options);
}

// src/run/asks-for-stacks.ts
function asksForStacks(env) {
  return Boolean(env.DRYDOCK_DEBUG) && env.DRYDOCK_DEBUG !== "0";
}

// src/run/index.ts
async function validate(options) {
  const pipeline = await import("./run-validate-C4EAF7B7.js");
  return pipeline.validate(options);
}
async function lint(options) {
  const pipeline = await import("./run-lint-5E570869.js");
  return pipeline.lint(options);
}
async function plan(options) {
  const pipeline = await import("./run-plan-4241CBF6.js");
  return pipeline.plan(options);
}
async function isGitRef(ref, cwd) {
  const load = await import("./load-6C5A03A1.js");
  return load.isGitRef(ref, cwd);
}
async function readGitFile(commit, file, cwd) {
  const load = await import("./load-6C5A03A1.js");
  return load.readGitFile(commit, file, cwd);
}
async function writeOutputFile(file, text, guard) {
  const output = await import("./write-output-3A240B4B.js");
  output.writeOutputFile(file, text, guard);
}
async function makeOutputFolder(file, guard) {
  const output = await import("./write-output-3A240B4B.js");
  output.makeOutputFolder(file, guard);
}

// src/index.ts
async function listRules() {
  const { loadRules } = await import("./lint-B60B08A8.js");
  return loadRules();
}
async function ruleDescriptors() {
  const rules = await listRules();
  return rules.map((rule) => ({
    id: rule.id,
    summary: rule.summary,
    rationale: rule.rationale,
    fix: rule.fix,
    severity: rule.severity,
    helpUri: ruleDocsUrl(rule.id),
    tags: [rule.category]
  }));
}

export {
  countSeverities,
  formatRuleTimings,
  loadDiagnosticCatalog,
  diagnosticFormats,
  isDiagnosticFormat,
  planFormatNames,
  isPlanFormat,
  formatPlan,
  asksForStacks,
  validate,
  lint,
  plan,
  isGitRef,
  readGitFile,
  writeOutputFile,
  makeOutputFolder,
  listRules,
  ruleDescriptors
};
