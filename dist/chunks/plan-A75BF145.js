import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  codeSpan,
  columnWidth,
  escapeControlCharacters,
  escapeMarkdown,
  inertToWorkflowCommands,
  longestBacktickRun,
  paletteFor
} from "./chunk-43FBE31D.js";
import {
  require_dist
} from "./chunk-84BF4BE3.js";
import {
  formatPath,
  parseQuantity,
  plural
} from "./chunk-084AE718.js";
import {
  __toESM
} from "./chunk-E3B0C442.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/plan/plan-diff.ts
var import_yaml = __toESM(require_dist(), 1);
function diffFileName(change) {
  const [group, version] = change.apiVersion.includes("/") ? change.apiVersion.split("/") : ["", change.apiVersion];
  return [group, version, change.kind, change.namespace ?? "", change.name].filter((part, i) => i !== 0 || part !== "").join(".");
}
function toYaml(object) {
  return object === void 0 ? "" : (0, import_yaml.stringify)(object, { sortMapEntries: true, lineWidth: 0, indentSeq: false });
}
var planDiff = (report) => {
  const out = [];
  for (const change of report.plan?.changes ?? []) {
    if (change.action === "unchanged") continue;
    const name = diffFileName(change);
    const patch = createTwoFilesPatch(`LIVE/${name}`, `MERGED/${name}`, toYaml(change.before), toYaml(change.after), void 0, void 0, { context: 3 });
    const body = patch.split("\n").filter((line) => !line.startsWith("Index: ") && !/^=+$/.test(line)).join("\n");
    out.push(`diff -u -N LIVE/${name} MERGED/${name}
${body.endsWith("\n") ? body : `${body}
`}`);
  }
  return inertToWorkflowCommands(out.join(""));
};

// src/report/plan/plan-rollouts.ts
function parameterText(parameters) {
  const parts = [];
  const from = parameters.from ?? 0;
  if (parameters.replicas !== void 0) parts.push(from === parameters.replicas ? `replicas ${from}` : `replicas ${from} \u2192 ${parameters.replicas}`);
  if (parameters.nodeCount !== void 0) parts.push(`${parameters.nodeCount} ${parameters.nodeCount === 1 ? "node" : "nodes"}`);
  if (parameters.maxSurge !== void 0) parts.push(`maxSurge ${parameters.maxSurge}`);
  if (parameters.maxUnavailable !== void 0) parts.push(`maxUnavailable ${parameters.maxUnavailable}`);
  if (parameters.partition) parts.push(`partition ${parameters.partition}`);
  if (parameters.podManagementPolicy !== void 0) parts.push(parameters.podManagementPolicy);
  if (parameters.minReadySeconds !== void 0) parts.push(`minReadySeconds ${parameters.minReadySeconds}`);
  if (parameters.progressDeadlineSeconds !== void 0) parts.push(`deadline ${parameters.progressDeadlineSeconds}s`);
  return parts.join(", ");
}
function title(rollout) {
  const what = rollout.isCreate ? "create" : rollout.strategy;
  const parameters = parameterText(rollout.parameters);
  return `rollout ${rollout.kind}/${rollout.name} (${rollout.namespace}): ${what}${parameters ? ` (${parameters})` : ""}`;
}
function podCounts(step, rollout) {
  const max = step.total === rollout.maxTotal && step.total > (rollout.parameters.from ?? 0) ? ` (max ${rollout.maxTotal})` : "";
  return `pods: old ${step.old}, new ${step.new}, available ${step.oldAvailable + step.newAvailable}${max}`;
}
function rolloutTextLines(rollout, palette) {
  const out = [palette.bold(title(rollout))];
  const numbered = (step, index) => `    ${index + 1}. ${step.action}`;
  const width = Math.max(0, ...rollout.steps.map((step, index) => numbered(step, index).length)) + 3;
  rollout.steps.forEach((step, index) => {
    const line = `${numbered(step, index).padEnd(width)}${palette.dim(podCounts(step, rollout))}`;
    out.push(rollout.stall?.step === index + 1 ? `${line}
      ${palette.red(`stalls here: ${rollout.stall.reason}`)}` : line);
  });
  if (rollout.downtime) {
    const { fromStep, toStep } = rollout.downtime;
    out.push(`    ${palette.yellow(`downtime: no Pod is available during step${fromStep === toStep ? ` ${fromStep}` : `s ${fromStep}\u2013${toStep}`}`)}`);
  }
  for (const note of rollout.notes) out.push(`    note: ${note}`);
  for (const finding of rollout.findings.filter((f) => f.code !== "surge-does-not-fit")) {
    const severity = finding.severity === "error" ? palette.red("error") : finding.severity === "warning" ? palette.yellow("warning") : palette.blue("info");
    out.push(`    ${severity}: ${finding.message}`);
  }
  return out.flatMap((line) => line.split("\n"));
}
function rolloutMarkdownLines(rollout) {
  const out = [`**${escapeMarkdown(title(rollout))}**`, ""];
  if (rollout.steps.length > 0) {
    out.push("| # | Step | Old (available) | New (available) | Pods |", "|---|---|---|---|---|");
    rollout.steps.forEach((step, index) => {
      const stall = rollout.stall?.step === index + 1 ? " \u26D4 stalls here" : "";
      out.push(`| ${index + 1} | ${escapeMarkdown(step.action)}${stall} | ${step.old} (${step.oldAvailable}) | ${step.new} (${step.newAvailable}) | ${step.total} |`);
    });
    out.push("");
  }
  const bullets = [];
  if (rollout.stall) bullets.push(`\u26D4 Stalls at step ${rollout.stall.step}: ${rollout.stall.reason}.`);
  if (rollout.downtime) bullets.push(`\u26A0\uFE0F Downtime: no Pod is available during steps ${rollout.downtime.fromStep}\u2013${rollout.downtime.toStep}.`);
  for (const item of rollout.notes) bullets.push(item);
  for (const item of rollout.findings.filter((f) => f.code !== "surge-does-not-fit").map((f) => `${f.severity === "info" ? "\u2139\uFE0F" : "\u26A0\uFE0F"} ${f.message}`)) bullets.push(item);
  if (bullets.length > 0) {
    for (const item of bullets.map((b) => `- ${escapeMarkdown(b)}`)) out.push(item);
    out.push("");
  }
  return out;
}
function rolloutJsonValue(rollout) {
  return {
    kind: rollout.kind,
    namespace: rollout.namespace,
    name: rollout.name,
    create: rollout.isCreate,
    strategy: rollout.strategy,
    parameters: rollout.parameters,
    steps: rollout.steps.map(({ kind, action, old, oldAvailable, new: fresh, newAvailable, total }) => ({ kind, action, old, oldAvailable, new: fresh, newAvailable, total })),
    minAvailable: rollout.minAvailable,
    maxTotal: rollout.maxTotal,
    downtime: rollout.downtime ?? null,
    stall: rollout.stall ?? null,
    notes: rollout.notes,
    findings: rollout.findings.map((f) => {
      const range = f.resource.rangeOf(f.path);
      return { code: f.code, severity: f.severity, message: f.message, path: formatPath(f.path), file: range.file, line: range.start.line, column: range.start.column };
    })
  };
}

// src/report/plan/plan-routing.ts
var shownEndpoints = 4;
var stateText = {
  "routes": "routes",
  "selects-no-pods": "selects no Pods",
  "no-ready-pods": "no ready Pods",
  "no-selector": "no selector (endpoints managed by hand)",
  "external-name": "ExternalName"
};
function endpointList(endpoints, count) {
  if (count === 0) return "no Pods";
  const shown = endpoints.slice(0, shownEndpoints).map((e) => `${e.pod.name}:${e.port}`);
  const more = count > shown.length ? `, \u2026 ${count - shown.length} more` : "";
  return `${shown.join(", ")}${more}`;
}
function portText(port) {
  const node = port.nodePort !== void 0 ? ` (nodePort ${port.nodePort})` : "";
  return `${port.port}/${port.protocol}${node} \u2192 ${port.targetPort}`;
}
function serviceFacts(route) {
  const type = route.isHeadless ? "headless" : route.type;
  const target = route.externalName !== void 0 ? ` \u2192 ${route.externalName}` : "";
  return `${type}${target}, ${stateText[route.state]}`;
}
function backendText(backend) {
  if (backend.resourceRef) return `${backend.resourceRef.kind}/${backend.resourceRef.name}`;
  return `${backend.serviceName ?? "?"}:${backend.servicePort ?? "?"}`;
}
function findingWhere(finding) {
  const range = finding.resource.rangeOf(finding.path);
  return `${range.file}:${range.start.line}:${range.start.column}`;
}
function classLabel(className) {
  return className === void 0 ? "no class" : `class ${className}`;
}
function routingTextLines(services, table2, palette) {
  const out = [];
  if (services.length > 0) out.push(palette.bold("Services"));
  for (const route of services) {
    const facts = serviceFacts(route);
    out.push(`  ${route.namespace}/${route.name}  ${route.state === "routes" || route.state === "external-name" ? facts : palette.yellow(facts)}`);
    for (const port of route.ports) out.push(`    ${portText(port)}: ${endpointList(port.endpoints, port.endpointCount)}`);
    for (const dns of route.podDnsNames) out.push(palette.dim(`    ${dns.name}`));
    const moreNames = route.podDnsNameCount - route.podDnsNames.length;
    if (moreNames > 0) out.push(palette.dim(`    \u2026 and ${moreNames} more Pod DNS names`));
  }
  for (const group of table2.hosts) {
    out.push(palette.bold(`Ingress ${group.host ?? "(any host)"} (${classLabel(group.className)})`));
    for (const path of group.paths) {
      const route = `  ${path.path}  ${path.pathType}  \u2192 ${backendText(path.backend)}`;
      const source = palette.dim(`  [${path.namespace}/${path.ingress.name}]`);
      if (path.shadowedBy) out.push(palette.dim(`${route}  unreachable (${path.shadowedBy.path} ${path.shadowedBy.pathType} first)`) + source);
      else out.push(`${route} \u2192 ${path.backend.problem ? palette.yellow(endpointList(path.backend.endpoints, path.backend.endpointCount)) : endpointList(path.backend.endpoints, path.backend.endpointCount)}${source}`);
    }
  }
  const fallbacks = table2.defaultBackends.filter((d) => !d.isOverridden);
  if (fallbacks.length + table2.tls.length > 0) out.push(palette.bold("Ingress default backends and TLS"));
  for (const fallback of fallbacks) {
    out.push(`  default backend (${classLabel(fallback.className)}) \u2192 ${backendText(fallback.backend)} \u2192 ${endpointList(fallback.backend.endpoints, fallback.backend.endpointCount)}`);
  }
  for (const tls of table2.tls) {
    out.push(`  TLS ${tls.hosts.join(", ") || "(all hosts)"}: Secret ${tls.secretName ?? "(controller default)"} (${tls.secret})`);
  }
  const findings2 = [...services.flatMap((s) => s.findings), ...table2.findings];
  if (findings2.length > 0) out.push(palette.bold("Routing findings"));
  for (const finding of findings2) {
    const severity = finding.severity === "warning" ? palette.yellow("warning") : finding.severity === "error" ? palette.red("error") : palette.blue("info");
    out.push(`  ${findingWhere(finding)}  ${severity}  ${finding.message}  ${palette.dim(finding.code)}`);
  }
  return out;
}
function routingMarkdownLines(services, table2) {
  const out = [];
  if (services.length > 0) {
    out.push("#### Services", "", "| Service | Type and state | Port \u2192 Pods |", "|---|---|---|");
    for (const route of services) {
      const ports = route.ports.map((p) => `${portText(p)}: ${endpointList(p.endpoints, p.endpointCount)}`).join("\n") || "-";
      out.push(`| ${codeSpan(`${route.namespace}/${route.name}`)} | ${escapeMarkdown(serviceFacts(route))} | ${escapeMarkdown(ports)} |`);
    }
    out.push("");
  }
  if (table2.hosts.length > 0) {
    out.push("#### Ingress routes", "", "| Class | Host | Path | Backend | Pods | Ingress |", "|---|---|---|---|---|---|");
    for (const group of table2.hosts) {
      for (const path of group.paths) {
        const pods = path.shadowedBy ? `unreachable (${path.shadowedBy.path} ${path.shadowedBy.pathType} first)` : endpointList(path.backend.endpoints, path.backend.endpointCount);
        out.push(`| ${escapeMarkdown(group.className ?? "-")} | ${escapeMarkdown(group.host ?? "*")} | ${codeSpan(path.path)} ${path.pathType} | ${escapeMarkdown(backendText(path.backend))} | ${escapeMarkdown(pods)} | ${escapeMarkdown(`${path.namespace}/${path.ingress.name}`)} |`);
      }
    }
    out.push("");
  }
  const findings2 = [...services.flatMap((s) => s.findings), ...table2.findings];
  if (findings2.length > 0) {
    for (const item of findings2.map((f) => `- ${f.severity === "info" ? "\u2139\uFE0F" : "\u26A0\uFE0F"} ${codeSpan(findingWhere(f))} ${escapeMarkdown(f.message)}`)) out.push(item);
    out.push("");
  }
  return out;
}
function routeExplanationLines(explanation, palette) {
  const out = [palette.bold(`route ${explanation.url}`)];
  if (explanation.reason) out.push(`  ${palette.yellow(explanation.reason)}`);
  for (const answer of explanation.answers) {
    const head = `  ${classLabel(answer.className)}:`;
    if (answer.via === "rule" && answer.rule) {
      out.push(`${head} host ${answer.rule.host ?? "*"} (${answer.hostMatch}), path ${answer.rule.path} ${answer.rule.pathType} of Ingress ${answer.rule.namespace}/${answer.rule.ingress.name}`);
    } else if (answer.via === "default-backend" && answer.defaultBackend) {
      out.push(`${head} no rule matches; defaultBackend of Ingress ${answer.defaultBackend.namespace}/${answer.defaultBackend.ingress.name}`);
    } else {
      out.push(`${head} no rule matches; the controller's default backend answers 404`);
    }
    if (answer.backend) {
      const port = answer.backend.port ? ` (port ${answer.backend.port.port} \u2192 ${answer.backend.port.targetPort})` : "";
      out.push(`    \u2192 Service ${backendText(answer.backend)}${port}`);
      const pods = endpointList(answer.endpoints, answer.endpointCount);
      out.push(`    \u2192 Pods: ${answer.endpointCount > 0 ? pods : palette.yellow("none")}`);
    }
    if (answer.tls) out.push(`    TLS: Secret ${answer.tls.secretName ?? "(controller default)"} (${answer.tls.secret})`);
    for (const note of answer.notes) out.push(`    note: ${note}`);
  }
  return out;
}
function httpRouteTextLines(table2, palette) {
  if (table2.matches.length === 0) return [];
  const out = [palette.bold("HTTPRoutes")];
  for (const match of table2.matches) {
    const hosts = match.hostnames.length > 0 ? match.hostnames.join(", ") : "(any host)";
    const conditions = [match.method, match.headerCount > 0 ? `${match.headerCount} header(s)` : "", match.queryParamCount > 0 ? `${match.queryParamCount} query param(s)` : ""].filter(Boolean).join(", ");
    const backends = match.backends.map((b) => `${b.name}:${b.port ?? "?"} \xD7${b.weight} \u2192 ${endpointList(b.endpoints, b.endpointCount)}`).join("; ") || "no backends";
    out.push(`  ${hosts} ${match.path} ${match.pathType}${conditions ? ` [${conditions}]` : ""} \u2192 ${backends}  ${palette.dim(`[${match.namespace}/${match.route.name}]`)}`);
  }
  for (const finding of table2.findings) out.push(`  ${findingWhere(finding)}  ${palette.yellow("warning")}  ${finding.message}  ${palette.dim(finding.code)}`);
  return out;
}
function httpRouteExplanationLines(explanation, palette) {
  const out = [palette.bold(`HTTPRoute ${explanation.url}`)];
  if (explanation.reason) out.push(`  ${palette.yellow(explanation.reason)}`);
  const match = explanation.match;
  if (match) out.push(`  ${match.path} ${match.pathType} of HTTPRoute ${match.namespace}/${match.route.name}`);
  for (const { backend, share } of explanation.backends) {
    out.push(`    \u2192 ${Math.round(share * 100)}% Service ${backend.namespace}/${backend.name}:${backend.port ?? "?"} \u2192 ${endpointList(backend.endpoints, backend.endpointCount)}`);
  }
  for (const note of explanation.notes) out.push(`    note: ${note}`);
  return out;
}
function httpRouteExplanationJson(explanation) {
  const { match } = explanation;
  return {
    reason: explanation.reason ?? null,
    match: match ? { httpRoute: `${match.namespace}/${match.route.name}`, hostnames: match.hostnames, path: match.path, pathType: match.pathType } : null,
    backends: explanation.backends.map(({ backend, share }) => ({
      kind: backend.kind,
      service: `${backend.namespace}/${backend.name}`,
      port: backend.port ?? null,
      share,
      problem: backend.problem ?? null,
      endpoints: endpointJson(backend.endpoints),
      endpointCount: backend.endpointCount
    })),
    notes: explanation.notes
  };
}
function endpointJson(endpoints) {
  return endpoints.map((e) => ({ pod: e.pod.name, port: e.port, node: e.pod.node ?? null }));
}
function backendJson(backend) {
  return {
    service: backend.serviceName ?? null,
    port: backend.servicePort ?? null,
    resource: backend.resourceRef ?? null,
    problem: backend.problem ?? null,
    endpoints: endpointJson(backend.endpoints),
    endpointCount: backend.endpointCount
  };
}
function findingJson(finding) {
  const range = finding.resource.rangeOf(finding.path);
  const { apiVersion, kind, name, namespace } = finding.resource;
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    resource: { apiVersion, kind, namespace: namespace ?? null, name },
    path: formatPath(finding.path),
    file: range.file,
    line: range.start.line,
    column: range.start.column
  };
}
function routingJsonValue(services, table2, httpRoutes) {
  return {
    services: services.map((s) => ({
      namespace: s.namespace,
      name: s.name,
      type: s.type,
      headless: s.isHeadless,
      dnsName: s.dnsName,
      externalName: s.externalName ?? null,
      state: s.state,
      selectedPods: s.selectedPods.map((p) => p.name),
      selectedPodCount: s.selectedPodCount,
      readyPods: s.readyPods.map((p) => p.name),
      readyPodCount: s.readyPodCount,
      ports: s.ports.map((p) => ({
        name: p.name ?? null,
        port: p.port,
        protocol: p.protocol,
        targetPort: p.targetPort,
        nodePort: p.nodePort ?? null,
        endpoints: endpointJson(p.endpoints),
        endpointCount: p.endpointCount,
        missingTargetPort: p.missingTargetPort.map((pod) => pod.name),
        missingTargetPortCount: p.missingTargetPortCount
      })),
      podDnsNames: s.podDnsNames.map((d) => d.name),
      podDnsNameCount: s.podDnsNameCount
    })),
    ingress: {
      hosts: table2.hosts.map((h) => ({
        class: h.className ?? null,
        host: h.host ?? null,
        paths: h.paths.map((p) => ({
          ingress: `${p.namespace}/${p.ingress.name}`,
          path: p.path,
          pathType: p.pathType,
          backend: backendJson(p.backend),
          shadowedBy: p.shadowedBy ? { ingress: `${p.shadowedBy.namespace}/${p.shadowedBy.ingress.name}`, path: p.shadowedBy.path, pathType: p.shadowedBy.pathType } : null
        }))
      })),
      defaultBackends: table2.defaultBackends.map((d) => ({ ingress: `${d.namespace}/${d.ingress.name}`, class: d.className ?? null, overridden: d.isOverridden, backend: backendJson(d.backend) })),
      tls: table2.tls.map((t) => ({ ingress: `${t.namespace}/${t.ingress.name}`, class: t.className ?? null, hosts: t.hosts, secretName: t.secretName ?? null, secret: t.secret }))
    },
    httpRoutes: (httpRoutes?.matches ?? []).map((m) => ({
      route: `${m.namespace}/${m.route.name}`,
      parents: m.parents,
      hostnames: m.hostnames,
      pathType: m.pathType,
      path: m.path,
      method: m.method ?? null,
      headerCount: m.headerCount,
      queryParamCount: m.queryParamCount,
      backends: m.backends.map((b) => ({ service: `${b.namespace}/${b.name}`, port: b.port ?? null, weight: b.weight, problem: b.problem ?? null, endpoints: endpointJson(b.endpoints), endpointCount: b.endpointCount }))
    })),
    findings: [...services.flatMap((s) => s.findings), ...table2.findings, ...httpRoutes?.findings ?? []].map(findingJson)
  };
}
function routeExplanationJson(explanation, httpRoute) {
  return {
    httpRoute: httpRoute ? httpRouteExplanationJson(httpRoute) : null,
    url: explanation.url,
    host: explanation.host ?? null,
    path: explanation.path ?? null,
    reason: explanation.reason ?? null,
    answers: explanation.answers.map((answer) => ({
      class: answer.className ?? null,
      via: answer.via,
      hostMatch: answer.hostMatch ?? null,
      rule: answer.rule ? { ingress: `${answer.rule.namespace}/${answer.rule.ingress.name}`, host: answer.rule.host ?? null, path: answer.rule.path, pathType: answer.rule.pathType } : null,
      defaultBackend: answer.defaultBackend ? { ingress: `${answer.defaultBackend.namespace}/${answer.defaultBackend.ingress.name}` } : null,
      backend: answer.backend ? backendJson(answer.backend) : null,
      endpoints: endpointJson(answer.endpoints),
      endpointCount: answer.endpointCount,
      tls: answer.tls ? { secretName: answer.tls.secretName ?? null, secret: answer.tls.secret } : null,
      notes: answer.notes
    }))
  };
}

// src/report/plan/plan-json.ts
var planJsonVersion = 1;
function jsonField(field) {
  const out = { path: field.path };
  if ("before" in field) out.before = field.before;
  if ("after" in field) out.after = field.after;
  if (field.sensitive) out.sensitive = true;
  if (field.forcesReplace) out.forcesReplace = true;
  return out;
}
function jsonChange(change) {
  const source = change.desired ? change.desired.rangeOf(change.path ?? []) : void 0;
  return {
    step: change.step,
    action: change.action,
    apiVersion: change.apiVersion,
    kind: change.kind,
    namespace: change.namespace ?? null,
    name: change.name,
    fields: change.fields.map(jsonField),
    reason: change.reason ?? null,
    rollout: change.rollout,
    notes: change.notes,
    ...change.previousApiVersion ? { previousApiVersion: change.previousApiVersion } : {},
    source: source ? { file: source.file, line: source.start.line, column: source.start.column } : null
  };
}
function jsonDiagnostic(d) {
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.range.file, line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column };
}
function schedulingJson(result) {
  const owner = (o) => ({ kind: o.kind, namespace: o.namespace, name: o.name });
  return {
    placements: result.placements.map((p) => ({ pod: p.pod, namespace: p.namespace, owner: owner(p.owner), node: p.node })),
    pending: result.pending.map((p) => {
      const range = p.source?.rangeOf(p.path ?? ["spec"]);
      return { pod: p.pod, namespace: p.namespace, owner: owner(p.owner), reason: p.reason, message: p.message, hint: p.hint, source: range ? { file: range.file, line: range.start.line, column: range.start.column } : null };
    }),
    nodes: result.nodes.map((n) => ({ name: n.name, allocatable: n.allocatable, requested: n.requested, pods: n.pods }))
  };
}
function simulationJson(simulation) {
  const { routing } = simulation;
  const out = {
    cluster: simulation.cluster ?? null,
    scheduling: simulation.scheduling ? schedulingJson(simulation.scheduling) : null,
    routing: routingJsonValue(routing.services, routing.ingresses, routing.httpRoutes),
    rollouts: simulation.rollouts.map(rolloutJsonValue)
  };
  if (routing.route) out.route = routeExplanationJson(routing.route, routing.httpRoute);
  return out;
}
var planJson = (report) => {
  const { plan } = report;
  const out = {
    version: planJsonVersion,
    kubernetesVersion: report.kubernetesVersion,
    planned: plan !== void 0
  };
  if (plan) {
    out.base = plan.base;
    out.defaultNamespace = plan.defaultNamespace;
    out.summary = plan.summary;
    out.changes = plan.changes.map(jsonChange);
    out.order = plan.changes.filter((c) => c.action !== "unchanged").map((c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ""}${c.name}`);
    out.notPruned = plan.notPruned;
    if (plan.simulation) Object.assign(out, simulationJson(plan.simulation));
  }
  out.diagnostics = report.diagnostics.map(jsonDiagnostic);
  return `${JSON.stringify(out, null, 2)}
`;
};

// src/report/plan/plan-scheduling.ts
var shownPlacements = 6;
function ownerLabel(owner) {
  return `${owner.kind}/${owner.name} (${owner.namespace})`;
}
function byWorkload(placements) {
  const groups = /* @__PURE__ */ new Map();
  for (const placement of placements) {
    const key = ownerLabel(placement.owner);
    const list = groups.get(key) ?? [];
    list.push(placement);
    groups.set(key, list);
  }
  return [...groups];
}
function placementList(placements) {
  const shown = placements.slice(0, shownPlacements).map((p) => `${p.pod} \u2192 ${p.node}`);
  const more = placements.length > shownPlacements ? `, \u2026 ${placements.length - shownPlacements} more` : "";
  return `${shown.join(", ")}${more}`;
}
function location(pending) {
  if (!pending.source || !pending.path) return void 0;
  const range = pending.source.rangeOf(pending.path);
  return `${range.file}:${range.start.line}:${range.start.column}`;
}
function amount(text) {
  const quantity = parseQuantity(text);
  return quantity ? Number(quantity.mantissa) * 10 ** quantity.exponent : void 0;
}
function usageCell(node, resource) {
  const requested = node.requested[resource] ?? "0";
  const allocatable = node.allocatable[resource];
  if (allocatable === void 0) return `${requested}/-`;
  const [used, total] = [amount(requested), amount(allocatable)];
  const share = used !== void 0 && total ? ` (${Math.round(used * 100 / total)}%)` : "";
  return `${requested}/${allocatable}${share}`;
}
function usageColumns(nodes) {
  const extra = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    for (const [name, value] of Object.entries(node.requested)) if (!["cpu", "memory", "pods"].includes(name) && amount(value)) extra.add(name);
  }
  return ["cpu", "memory", "pods", ...[...extra].sort()];
}
function padTable(rows) {
  const widths = (rows[0] ?? []).map((_, i) => columnWidth(rows, i));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd());
}
function schedulingTextLines(result, palette) {
  const out = [];
  if (result.placements.length > 0) out.push(palette.bold("Scheduling (plausible placement)"));
  for (const [owner, placements] of byWorkload(result.placements)) out.push(`  ${owner}: ${placementList(placements)}`);
  if (result.pending.length > 0) out.push(palette.bold(palette.red(`Pending (${result.pending.length})`)));
  for (const pending of result.pending) {
    out.push(`  ${ownerLabel(pending.owner)} ${pending.pod}: ${palette.red(pending.message)}`);
    const where = location(pending);
    out.push(`    ${palette.yellow("hint:")} ${pending.hint}${where ? palette.dim(`  (${where})`) : ""}`);
  }
  if (result.nodes.length > 0) {
    const columns = usageColumns(result.nodes);
    out.push(palette.bold("Node usage (requests / allocatable)"));
    const rows = [["NODE", ...columns.map((c) => c.toUpperCase())], ...result.nodes.map((node) => [node.name, ...columns.map((c) => usageCell(node, c))])];
    padTable(rows).forEach((line, i) => out.push(`  ${i === 0 ? palette.dim(line) : line}`));
  }
  return out;
}
function schedulingMarkdownLines(result) {
  const out = [];
  if (result.placements.length > 0) {
    out.push("### Scheduling (plausible placement)", "", "| Workload | Pods \u2192 nodes |", "|---|---|");
    for (const [owner, placements] of byWorkload(result.placements)) out.push(`| ${escapeMarkdown(owner)} | ${escapeMarkdown(placementList(placements))} |`);
    out.push("");
  }
  if (result.pending.length > 0) {
    out.push(`### Pending Pods (${result.pending.length})`, "", "| Pod | Workload | Scheduler message | Hint |", "|---|---|---|---|");
    for (const pending of result.pending) {
      const where = location(pending);
      const hint = `${escapeMarkdown(pending.hint)}${where ? ` (${codeSpan(where)})` : ""}`;
      out.push(`| ${codeSpan(pending.pod)} | ${escapeMarkdown(ownerLabel(pending.owner))} | ${escapeMarkdown(pending.message)} | ${hint} |`);
    }
    out.push("");
  }
  if (result.nodes.length > 0) {
    const columns = usageColumns(result.nodes);
    out.push("### Node usage (requests / allocatable)", "", `| Node | ${columns.map(escapeMarkdown).join(" | ")} |`, `|---|${columns.map(() => "---:").join("|")}|`);
    for (const node of result.nodes) out.push(`| ${codeSpan(node.name)} | ${columns.map((c) => escapeMarkdown(usageCell(node, c))).join(" | ")} |`);
    out.push("");
  }
  return out;
}

// src/report/plan/plan-values.ts
var maxValueLength = 120;
function formatValue(value) {
  const text = JSON.stringify(value) ?? "null";
  return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}\u2026` : text;
}
function describeField(field) {
  const added = !("before" in field) && "after" in field;
  const removed = "before" in field && !("after" in field);
  if (field.sensitive && !added && !removed) return { sign: "~", text: `${field.path}: (sensitive value changed)` };
  if (field.sensitive) return { sign: added ? "+" : "-", text: `${field.path}: (sensitive value)` };
  if (added) return { sign: "+", text: `${field.path}: ${formatValue(field.after)}` };
  if (removed) return { sign: "-", text: `${field.path}: ${formatValue(field.before)}` };
  return { sign: "~", text: `${field.path}: ${formatValue(field.before)} -> ${formatValue(field.after)}` };
}
var actionSymbols = { create: "+", update: "~", replace: "-/+", delete: "-", unchanged: "=" };
function objectLabel(change) {
  return `${change.kind}/${change.name}`;
}
function summaryLine(summary) {
  if (summary.create + summary.update + summary.replace + summary.delete === 0) return "No changes. The manifests match the current state.";
  return `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ${summary.delete} to delete.`;
}

// src/report/plan/plan-markdown.ts
var maxMarkdownBytes = 1024 * 1024 - 4096;
function fence(lines) {
  let longest = 2;
  for (const line of lines) longest = Math.max(longest, longestBacktickRun(line));
  const marks = "`".repeat(longest + 1);
  return [`${marks}diff`, ...lines, marks];
}
function details(change) {
  const where = change.namespace ? ` (${change.namespace})` : "";
  const lines = change.fields.flatMap((field) => {
    const forces = field.forcesReplace ? "   # forces replacement" : "";
    if (!field.sensitive && "before" in field && "after" in field) {
      const path = escapeControlCharacters(field.path);
      return [`- ${path}: ${formatValue(field.before)}`, `+ ${path}: ${formatValue(field.after)}${forces}`];
    }
    const { sign, text } = describeField(field);
    return [`${sign === "~" ? "!" : sign} ${escapeControlCharacters(text)}${forces}`];
  });
  const out = [`<details><summary><code>${actionSymbols[change.action]}</code> ${escapeMarkdown(`${change.kind}/${change.name}${where}`)}</summary>`, ""];
  if (lines.length > 0) {
    for (const item of fence(lines)) out.push(item);
    out.push("");
  }
  if (change.reason) out.push(`**Replaced:** ${escapeMarkdown(change.reason)}`, "");
  for (const note of change.notes) out.push(`- ${escapeMarkdown(note)}`);
  if (change.notes.length > 0) out.push("");
  out.push("</details>", "");
  return out;
}
function findings(diagnostics) {
  if (diagnostics.length === 0) return [];
  const out = ["### Findings", "", "| | Where | Message | Rule |", "|---|---|---|---|"];
  for (const d of diagnostics) {
    const icon = d.severity === "error" ? "\u274C" : d.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
    out.push(`| ${icon} | ${codeSpan(`${d.range.file}:${d.range.start.line}:${d.range.start.column}`)} | ${escapeMarkdown(d.message)} | ${codeSpan(d.ruleId)} |`);
  }
  out.push("");
  return out;
}
function table(plan) {
  const shown = plan.changes.filter((change) => change.action !== "unchanged");
  if (shown.length === 0) return [];
  const out = ["| # | Op | Object | Namespace | Note |", "|---:|:---:|---|---|---|"];
  for (const change of shown) {
    const note = change.reason ?? (change.rollout ? "rollout: new pod template" : change.notes[0] ?? "");
    out.push(`| ${change.step} | ${codeSpan(actionSymbols[change.action])} | ${escapeMarkdown(objectLabel(change))} | ${escapeMarkdown(change.namespace ?? "-")} | ${escapeMarkdown(note)} |`);
  }
  if (plan.summary.unchanged > 0) out.push("", `_${plural(plan.summary.unchanged, "unchanged object", "unchanged objects")} hidden._`);
  out.push("");
  return out;
}
function withinBudget(sections, budget = maxMarkdownBytes) {
  const out = [];
  let bytes = 0;
  for (const [i, section] of sections.entries()) {
    const text = section.join("\n");
    const size = Buffer.byteLength(text, "utf8") + 1;
    if (bytes + size > budget) {
      out.push(`_The plan was cut here to stay under GitHub's 1 MiB limit: ${sections.length - i} more sections left out. Run \`drydock plan\` locally for all of it._`);
      break;
    }
    out.push(text);
    bytes += size;
  }
  return inertToWorkflowCommands(`${out.join("\n")}
`);
}
var planMarkdown = (report) => {
  const { plan } = report;
  if (!plan) {
    return withinBudget([["## drydock plan: not made", "", "The manifests have errors; fix them (or run with `--force`) to get a plan.", ""], findings(report.diagnostics)]);
  }
  const base = plan.base.kind === "none" ? "no current state (everything is created)" : escapeMarkdown(plan.base.name ?? plan.base.kind);
  const head = [`## ${escapeMarkdown(summaryLine(plan.summary))}`, "", `Compared against ${base}; namespace ${codeSpan(plan.defaultNamespace)}; Kubernetes ${report.kubernetesVersion}.`, ""];
  const sections = [head, table(plan)];
  if (plan.notPruned > 0) sections.push([`_${plural(plan.notPruned, "object of the base is not in the input and is", "objects of the base are not in the input and are")} left alone (\`--prune\` plans ${plan.notPruned === 1 ? "its" : "their"} deletion)._`, ""]);
  sections.push(findings(report.diagnostics));
  for (const change of plan.changes) {
    if (change.action !== "unchanged" && (change.fields.length > 0 || change.notes.length > 0 || change.reason)) sections.push(details(change));
  }
  const simulation = plan.simulation;
  if (simulation) {
    if (simulation.rollouts.length > 0) sections.push(["### Rollouts", ""]);
    for (const rollout of simulation.rollouts) sections.push([...rolloutMarkdownLines(rollout), ""]);
    if (simulation.scheduling) sections.push([`_Cluster: ${escapeMarkdown(simulation.cluster ?? "modelled")}_`, "", ...schedulingMarkdownLines(simulation.scheduling)]);
    const routes = routingMarkdownLines(simulation.routing.services, simulation.routing.ingresses);
    if (routes.length > 0) sections.push(["### Routing", "", ...routes, ""]);
  }
  return withinBudget(sections);
};

// src/report/plan/plan-text.ts
function baseDescription(plan) {
  if (plan.base.kind === "none") return "no current state given: every object is created";
  return `compared against ${plan.base.name}`;
}
function colorOf(palette, action) {
  if (action === "create") return palette.green;
  if (action === "delete" || action === "replace") return palette.red;
  if (action === "update") return palette.yellow;
  return palette.dim;
}
function changeTable(changes, palette) {
  const rows = changes.map((change) => ({
    step: String(change.step),
    op: actionSymbols[change.action],
    object: escapeControlCharacters(objectLabel(change)),
    namespace: escapeControlCharacters(change.namespace ?? "-"),
    note: escapeControlCharacters(change.reason ?? (change.rollout ? "rollout: new pod template" : change.notes[0] ?? "")),
    action: change.action
  }));
  const width = (key, title2) => Math.max(title2.length, columnWidth(rows.map((row) => [row[key]]), 0));
  const widths = { step: width("step", "#"), op: width("op", "op"), object: width("object", "object"), namespace: width("namespace", "namespace") };
  const line = (cells) => `  ${cells.join("  ")}`.trimEnd();
  const out = [palette.bold(line(["#".padEnd(widths.step), "op".padEnd(widths.op), "object".padEnd(widths.object), "namespace".padEnd(widths.namespace), "note"]))];
  for (const row of rows) {
    out.push(line([row.step.padEnd(widths.step), colorOf(palette, row.action)(row.op.padEnd(widths.op)), row.object.padEnd(widths.object), row.namespace.padEnd(widths.namespace), row.note]));
  }
  return out;
}
function changeDetails(change, palette) {
  const where = change.namespace ? ` (${change.namespace})` : "";
  const out = [colorOf(palette, change.action)(`${actionSymbols[change.action]} ${escapeControlCharacters(`${change.kind}/${change.name}${where}`)}`)];
  for (const field of change.fields) {
    const { sign, text } = describeField(field);
    const color = sign === "+" ? palette.green : sign === "-" ? palette.red : palette.yellow;
    out.push(`    ${color(sign)} ${escapeControlCharacters(text)}${field.forcesReplace ? palette.red("   # forces replacement") : ""}`);
  }
  if (change.reason) out.push(`    why: ${escapeControlCharacters(change.reason)}`);
  for (const note of change.notes) out.push(`    note: ${escapeControlCharacters(note)}`);
  return out;
}
function findingLines(diagnostics, palette) {
  return diagnostics.map((d) => {
    const severity = d.severity === "error" ? palette.red("error") : d.severity === "warning" ? palette.yellow("warning") : palette.blue("info");
    return `  ${escapeControlCharacters(d.range.file)}:${d.range.start.line}:${d.range.start.column}  ${severity}  ${escapeControlCharacters(d.message)}  ${palette.dim(escapeControlCharacters(d.ruleId))}`;
  });
}
function simulationLines(plan, palette) {
  const simulation = plan.simulation;
  if (!simulation) return [];
  const out = [];
  for (const rollout of simulation.rollouts) out.push("", ...rolloutTextLines(rollout, palette));
  if (simulation.scheduling) {
    out.push("", palette.bold(`Cluster: ${simulation.cluster ?? "modelled"}`), ...schedulingTextLines(simulation.scheduling, palette));
  }
  const { routing } = simulation;
  const routes = routingTextLines(routing.services, routing.ingresses, palette);
  if (routes.length > 0) out.push("", ...routes);
  if (routing.httpRoutes.matches.length > 0) out.push("", ...httpRouteTextLines(routing.httpRoutes, palette));
  if (routing.route) out.push("", ...routeExplanationLines(routing.route, palette));
  if (routing.httpRoute) out.push("", ...httpRouteExplanationLines(routing.httpRoute, palette));
  return out;
}
var planText = (report, options) => {
  const palette = paletteFor(options.color ?? false);
  const { plan } = report;
  const out = [];
  if (!plan) {
    out.push(palette.red("drydock plan: the manifests have errors; no plan was made (use --force to plan anyway)"), "");
    for (const item of findingLines(report.diagnostics, palette)) out.push(item);
    out.push("");
    return finish(out, options.color ?? false);
  }
  const shown = plan.changes.filter((change) => change.action !== "unchanged");
  out.push(`drydock plan: ${plural(plan.changes.length, "object", "objects")}, ${baseDescription(plan)} (namespace ${plan.defaultNamespace}, Kubernetes ${report.kubernetesVersion})`, "");
  if (shown.length > 0) {
    out.push(palette.dim("Symbols:  + create   ~ update   -/+ replace   - delete"), "");
    for (const item of changeTable(shown, palette)) out.push(item);
    if (plan.summary.unchanged > 0) out.push(palette.dim(`  (${plural(plan.summary.unchanged, "unchanged object", "unchanged objects")} hidden)`));
    const detailed = shown.filter((change) => change.fields.length > 0 || change.notes.length > 0 || change.reason);
    for (const change of detailed) out.push("", ...changeDetails(change, palette));
  }
  if (plan.notPruned > 0) out.push("", palette.dim(`${plural(plan.notPruned, "object of the base is not in the input; it is", "objects of the base are not in the input; they are")} left alone (--prune plans ${plan.notPruned === 1 ? "its" : "their"} deletion).`));
  for (const item of simulationLines(plan, palette)) out.push(item);
  if (report.diagnostics.length > 0) out.push("", palette.bold("Findings:"), ...findingLines(report.diagnostics, palette));
  out.push("", palette.bold(summaryLine(plan.summary)), "");
  return finish(out, options.color ?? false);
};
function finish(lines, color) {
  return inertToWorkflowCommands(color ? lines.join("\n") : lines.map(escapeControlCharacters).join("\n"));
}

// src/report/plan/plan-formats.ts
var planFormats = { text: planText, json: planJson, markdown: planMarkdown, diff: planDiff };
export {
  planFormats
};
