import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/json.ts
import path from "node:path";
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
      ...d.messageId ? { messageId: d.messageId } : {}
    }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: file === "<stdin>" ? "<stdin>" : path.resolve(report.cwd, file),
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

// src/report/colors.ts
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var ansi = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24)
};
var plain = {
  red: (t) => t,
  yellow: (t) => t,
  blue: (t) => t,
  dim: (t) => t,
  bold: (t) => t,
  underline: (t) => t
};
function paletteFor(color) {
  return color ? ansi : plain;
}

// src/report/diagnostic-report.ts
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

// src/report/stylish.ts
var stylish = (report, options) => {
  const c = paletteFor(options.color);
  const out = [];
  for (const [file, diagnostics] of groupByFile(report.diagnostics)) {
    out.push("", c.underline(file));
    const rows = diagnostics.map((d) => [
      `${d.range.start.line}:${d.range.start.column}`,
      d.severity,
      d.message.replace(/\s*\n\s*/g, " "),
      d.ruleId
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const row of rows) {
      const severity = row[1] === "error" ? c.red : row[1] === "warning" ? c.yellow : c.blue;
      out.push(`  ${c.dim(row[0].padEnd(widths[0]))}  ${severity(row[1].padEnd(widths[1]))}  ${row[2].padEnd(widths[2])}  ${c.dim(row[3])}`);
    }
  }
  const { errors, warnings, infos } = countSeverities(report.diagnostics);
  if (errors + warnings + infos === 0) return "";
  const problems = errors + warnings;
  const summaryColor = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
  const notes = infos > 0 ? `, ${infos} ${infos === 1 ? "note" : "notes"}` : "";
  const mark = problems > 0 ? "\u2716" : "\u2139";
  out.push("", summaryColor(c.bold(`${mark} ${problems} ${problems === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}${notes})`)), "");
  return out.join("\n");
};

// src/report/index.ts
var diagnosticFormats = { stylish, json };
function isDiagnosticFormat(name) {
  return Object.hasOwn(diagnosticFormats, name);
}

// src/index.ts
async function validate(options) {
  const pipeline = await import("./run-validate-L5NI5XNA.js");
  return pipeline.validate(options);
}
async function lint(options) {
  const pipeline = await import("./run-lint-Z3LZQRNQ.js");
  return pipeline.lint(options);
}
async function listRules() {
  const { loadRules } = await import("./lint-M77WK5CC.js");
  return loadRules();
}

export {
  countSeverities,
  diagnosticFormats,
  isDiagnosticFormat,
  validate,
  lint,
  listRules
};
