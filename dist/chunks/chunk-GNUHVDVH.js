import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SourceText,
  decodeText,
  formatOf,
  loadMarkdownReader,
  loadText,
  require_picomatch,
  yamlDiagnostic
} from "./chunk-D3FJ5H32.js";
import {
  DrydockError
} from "./chunk-6MKU2WMU.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/load/find-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var manifestExtensions = /\.(ya?ml|json|md|markdown)$/i;
var skippedDirectories = /* @__PURE__ */ new Set([".git", "node_modules"]);
var globCharacters = /[*?[\]{}]/;
function findInputs(inputs, options) {
  const isIgnored = options.ignore?.length ? (0, import_picomatch.default)([...options.ignore], { dot: true }) : () => false;
  const relative = (file) => toPosix(path.relative(options.cwd, file));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const add = (file) => {
    if (seen.has(file) || isIgnored(relative(file))) return;
    seen.add(file);
    out.push({ kind: "file", path: file });
  };
  for (const input of inputs) {
    if (input === "-") {
      out.push({ kind: "stdin" });
      continue;
    }
    const absolute = path.resolve(options.cwd, input);
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) walk(absolute, (file) => add(file), (dir) => isIgnored(relative(dir)));
    else if (stats) add(absolute);
    else if (globCharacters.test(input)) {
      const matches = expandGlob(input, options.cwd);
      if (matches.length === 0) throw new DrydockError("path-not-found", `no files match "${input}"`);
      matches.forEach(add);
    } else throw new DrydockError("path-not-found", `no such file or directory: ${input}`);
  }
  return out;
}
function walk(root, onFile, isIgnoredDir) {
  const visited = /* @__PURE__ */ new Set();
  const visit = (dir) => {
    const real = realpathOrUndefined(dir);
    if (real === void 0 || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      let stats = void 0;
      if (entry.isSymbolicLink()) stats = statOrUndefined(full);
      const isDir = entry.isDirectory() || stats?.isDirectory();
      const isFile = entry.isFile() || stats?.isFile();
      if (isDir) {
        if (!skippedDirectories.has(entry.name) && !isIgnoredDir(full)) visit(full);
      } else if (isFile && manifestExtensions.test(entry.name)) onFile(full);
    }
  };
  visit(root);
}
function expandGlob(pattern, cwd) {
  const posix = toPosix(pattern);
  const parts = posix.split("/");
  const fixed = [];
  for (const part of parts) {
    if (globCharacters.test(part)) break;
    fixed.push(part);
  }
  const base = path.resolve(cwd, fixed.join("/") || ".");
  const matcher = (0, import_picomatch.default)(toPosix(path.resolve(cwd, posix)), { dot: false });
  const found = [];
  if (statOrUndefined(base)?.isDirectory()) {
    walkAll(base, (file) => {
      if (matcher(toPosix(file))) found.push(file);
    });
  }
  return found;
}
function walkAll(root, onFile) {
  walk(root, onFile, () => false);
}
function statOrUndefined(file) {
  try {
    return statSync(file);
  } catch {
    return lstatOrUndefined(file);
  }
}
function lstatOrUndefined(file) {
  try {
    return lstatSync(file);
  } catch {
    return void 0;
  }
}
function realpathOrUndefined(file) {
  try {
    return realpathSync(file);
  } catch {
    return void 0;
  }
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}

// src/load/load-inputs.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
import path2 from "node:path";
var defaultMaxFileBytes = 32 * 1024 * 1024;
async function loadInputs(inputs, options) {
  const result = { resources: [], diagnostics: [], files: [] };
  for (const entry of findInputs(inputs, options)) {
    if (entry.kind === "stdin") {
      const text = options.readStdin ? await options.readStdin() : "";
      addLoaded(result, "<stdin>", loadText(text, "<stdin>", text.trimStart().startsWith("{") ? "json" : "yaml"));
      continue;
    }
    const name = displayName(entry.path, options.cwd);
    addLoaded(result, name, await loadFile(entry.path, name, options));
  }
  return result;
}
async function loadFile(file, name, options = {}) {
  const read = readFileBounded(file, options.maxFileBytes ?? defaultMaxFileBytes);
  if (!read.ok) return { resources: [], diagnostics: [fileDiagnostic(name, read.code, read.message)] };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    const at = new SourceText(name, decoded.text);
    return { resources: [], diagnostics: [yamlDiagnostic(at, decoded.code, decoded.message, [decoded.offset, decoded.offset])] };
  }
  const format = formatOf(name, decoded.text);
  if (format === "markdown") await loadMarkdownReader();
  return loadText(decoded.text, name, format, { keepNonManifests: options.keepNonManifests });
}
function addLoaded(result, name, loaded) {
  result.files.push(name);
  for (const resource of loaded.resources) result.resources.push(resource);
  for (const diagnostic of loaded.diagnostics) result.diagnostics.push(diagnostic);
}
function readFileBounded(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, "r");
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, code: "unreadable", message: "this is a directory" };
    if (stats.isFile() && stats.size > maxBytes) {
      return { ok: false, code: "too-large", message: `the file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    }
    return readAll(fd, maxBytes, stats.isFile() ? stats.size : 1 << 16);
  } catch (error) {
    const code = error.code ?? "EIO";
    return { ok: false, code: "unreadable", message: `the file cannot be read (${code})` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readAll(fd, maxBytes, expectedSize) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(Math.max(expectedSize + 1, 1 << 12));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return { ok: false, code: "too-large", message: `the input is over the ${formatBytes(maxBytes)} limit for one manifest file` };
    chunks.push(chunk.subarray(0, count));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
function fileDiagnostic(file, code, message) {
  return yamlDiagnostic(new SourceText(file, ""), code, message, [0, 0]);
}
function formatBytes(bytes) {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
function displayName(file, cwd) {
  const relative = path2.relative(cwd, file);
  const isInside = relative !== "" && !relative.startsWith("..") && !path2.isAbsolute(relative);
  return (isInside ? relative : file).split(path2.sep).join("/");
}

export {
  findInputs,
  defaultMaxFileBytes,
  loadInputs,
  loadFile,
  displayName
};
