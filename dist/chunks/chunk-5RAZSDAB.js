import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SourceText,
  decodeText,
  displayName,
  findInputFiles,
  formatOf,
  loadMarkdownReader,
  loadText,
  yamlDiagnostic
} from "./chunk-3O6U2KWA.js";

// src/load/load-inputs.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
var defaultMaxFileBytes = 32 * 1024 * 1024;
async function loadInputs(inputs, options) {
  const found = findInputFiles(inputs, options);
  const result = { resources: [], diagnostics: [...found.notes], files: [], skipped: found.skipped };
  for (const entry of found.entries) {
    if (entry.kind === "stdin") {
      addLoaded(result, "<stdin>", await loadStdin(options.readStdin, options.maxFileBytes));
      continue;
    }
    const name = displayName(entry.path, options.cwd);
    addLoaded(result, name, await loadFile(entry.path, name, options));
  }
  return result;
}
async function loadStdin(readStdin, maxBytes = defaultMaxFileBytes) {
  const read = readStdin ? await readStdin(maxBytes) : "";
  const bytes = typeof read === "string" ? Buffer.from(read, "utf8") : read;
  if (bytes.length > maxBytes) {
    return { resources: [], diagnostics: [fileDiagnostic("<stdin>", "too-large", `standard input is over the ${formatBytes(maxBytes)} limit for one manifest file`)] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = new SourceText("<stdin>", decoded.text);
    return { resources: [], diagnostics: [yamlDiagnostic(at, decoded.code, decoded.message, [decoded.offset, decoded.offset])] };
  }
  return loadText(decoded.text, "<stdin>", decoded.text.trimStart().startsWith("{") ? "json" : "yaml");
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

export {
  defaultMaxFileBytes,
  loadInputs,
  loadStdin,
  loadFile
};
